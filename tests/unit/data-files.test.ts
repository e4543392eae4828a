import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataFiles, type DataFileFamily } from '../../src/lib/build/data-files';
import type { SiteData } from '../../src/lib/corpus/from-disk';

/**
 * The data-files stage's cache: every file is kept once by its bytes (costly ones by key) and linked into the site, so
 * a rebuild creates only the files that changed; stale entries are pruned.
 */
const dir = mkdtempSync(join(tmpdir(), 'xiangce-data-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function family(keys: Record<string, string>, made: string[], plain = 'plain'): DataFileFamily {
	return {
		name: 'test',
		paths: () => Object.keys(keys),
		*files() {
			yield { path: '/plain.txt', body: plain };
			for (const [path, key] of Object.entries(keys)) yield { path, key: `${key}.bin`, make: () => (made.push(path), new TextEncoder().encode(`${path} ${key}`)) };
		},
	};
}
const site = {} as SiteData;
const run = async (out: string, keys: Record<string, string>, code = 'v1', plain = 'plain') => {
	const made: string[] = [];
	const counts = await writeDataFiles(site, join(dir, out), 'https://x.example', { dir: join(dir, 'cache'), code }, [family(keys, made, plain)]);
	return { counts, made };
};

describe('writeDataFiles with a cache', () => {
	it('makes every file the first time, then links those whose bytes or key did not change', async () => {
		expect(await run('a', { '/l/x.bin': 'k1', '/l/y.bin': 'k2' })).toEqual({ counts: { written: 3, made: 3, reused: 0 }, made: ['/l/x.bin', '/l/y.bin'] });
		expect(await run('b', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' })).toEqual({ counts: { written: 3, made: 1, reused: 2 }, made: ['/l/y.bin'] });
		expect(statSync(join(dir, 'b/plain.txt')).nlink).toBeGreaterThan(1);
		expect(readFileSync(join(dir, 'b/l/x.bin'), 'utf8')).toBe('/l/x.bin k1');
		expect(readFileSync(join(dir, 'b/l/y.bin'), 'utf8')).toBe('/l/y.bin k3');
		expect(readFileSync(join(dir, 'b/plain.txt'), 'utf8')).toBe('plain');
	});

	it('keeps only the files of the last build, and the earlier build’s output intact', () => {
		expect(readdirSync(join(dir, 'cache'))).toHaveLength(3);
		expect(readFileSync(join(dir, 'a/l/y.bin'), 'utf8')).toBe('/l/y.bin k2');
		expect(statSync(join(dir, 'b/l/x.bin')).size).toBeGreaterThan(0);
	});

	it('makes everything again when the code that makes the files changed', async () => {
		expect((await run('c', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' }, 'v2')).counts).toEqual({ written: 3, made: 2, reused: 1 });
		expect(existsSync(join(dir, 'c/l/x.bin'))).toBe(true);
	});

	it('writes a changed file anew: the site built before keeps its bytes', async () => {
		expect((await run('d', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' }, 'v2', 'plain, edited')).counts).toEqual({ written: 3, made: 1, reused: 2 });
		expect(readFileSync(join(dir, 'd/plain.txt'), 'utf8')).toBe('plain, edited');
		expect(readFileSync(join(dir, 'c/plain.txt'), 'utf8')).toBe('plain');
	});

	it('makes every file before it returns, so the corpus can go at once; the unchanged ones are linked after', async () => {
		const made: string[] = [];
		const placed = writeDataFiles(site, join(dir, 'e'), 'https://x.example', { dir: join(dir, 'cache'), code: 'v2' }, [family({ '/l/x.bin': 'k1', '/l/z/new.bin': 'k9' }, made, 'plain, edited')]);
		expect(made).toEqual(['/l/z/new.bin']);
		expect(readFileSync(join(dir, 'e/l/z/new.bin'), 'utf8')).toBe('/l/z/new.bin k9');
		expect(await placed).toEqual({ written: 3, made: 1, reused: 2 });
		expect(readFileSync(join(dir, 'e/l/x.bin'), 'utf8')).toBe('/l/x.bin k1');
	});

	it('fails, when a file cannot be placed, through its promise', async () => {
		await run('f', { '/l/x.bin': 'k1' }, 'v2');
		writeFileSync(join(dir, 'g'), 'a file where the site’s folder should be');
		await expect(run('g', { '/l/x.bin': 'k1' }, 'v2')).rejects.toThrow(/ENOTDIR|EEXIST/);
	});
});
