import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
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
const run = (out: string, keys: Record<string, string>, code = 'v1', plain = 'plain') => {
	const made: string[] = [];
	const counts = writeDataFiles(site, join(dir, out), 'https://x.example', { dir: join(dir, 'cache'), code }, [family(keys, made, plain)]);
	return { counts, made };
};

describe('writeDataFiles with a cache', () => {
	it('makes every file the first time, then links those whose bytes or key did not change', () => {
		expect(run('a', { '/l/x.bin': 'k1', '/l/y.bin': 'k2' })).toEqual({ counts: { written: 3, made: 3, reused: 0 }, made: ['/l/x.bin', '/l/y.bin'] });
		expect(run('b', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' })).toEqual({ counts: { written: 3, made: 1, reused: 2 }, made: ['/l/y.bin'] });
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

	it('makes everything again when the code that makes the files changed', () => {
		expect(run('c', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' }, 'v2').counts).toEqual({ written: 3, made: 2, reused: 1 });
		expect(existsSync(join(dir, 'c/l/x.bin'))).toBe(true);
	});

	it('writes a changed file anew: the site built before keeps its bytes', () => {
		expect(run('d', { '/l/x.bin': 'k1', '/l/y.bin': 'k3' }, 'v2', 'plain, edited').counts).toEqual({ written: 3, made: 1, reused: 2 });
		expect(readFileSync(join(dir, 'd/plain.txt'), 'utf8')).toBe('plain, edited');
		expect(readFileSync(join(dir, 'c/plain.txt'), 'utf8')).toBe('plain');
	});
});
