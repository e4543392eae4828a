import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFolders, digestFiles } from '../../src/lib/build/build-folders';

describe('buildFolders', () => {
	it('builds the repository into dist.tmp/ beside dist/, with the cache in node_modules/.astro', () => {
		const f = buildFolders('/repo', {});
		expect(f).toEqual({ root: '/repo', out: '/repo/dist', tmp: '/repo/dist.tmp', old: '/repo/dist.old', contentRoot: '/repo', cache: '/repo/node_modules/.astro' });
	});

	it('gives another content tree a cache of its own, unless one is named', () => {
		const a = buildFolders('/repo', { XIANGCE_CONTENT_ROOT: '/corpus/a', XIANGCE_DIST: '/out/site' });
		const b = buildFolders('/repo', { XIANGCE_CONTENT_ROOT: '/corpus/b' });
		expect(a.out).toBe('/out/site');
		expect(a.tmp).toBe('/out/site.tmp');
		expect(a.cache).toMatch(/^\/repo\/node_modules\/\.astro\/content-roots\/[0-9a-f]{12}$/);
		expect(b.cache).not.toBe(a.cache);
		expect(buildFolders('/repo', { XIANGCE_CONTENT_ROOT: '/corpus/a', XIANGCE_CACHE_DIR: '/c' }).cache).toBe('/c');
	});
});

describe('digestFiles', () => {
	it('changes with a file’s content or name inside a folder, not otherwise', () => {
		const root = mkdtempSync(join(tmpdir(), 'xiangce-digest-'));
		mkdirSync(join(root, 'd'));
		writeFileSync(join(root, 'd/a.txt'), 'one');
		const before = digestFiles(root, ['d']);
		expect(digestFiles(root, ['d'])).toBe(before);
		writeFileSync(join(root, 'd/a.txt'), 'two');
		expect(digestFiles(root, ['d'])).not.toBe(before);
	});
});
