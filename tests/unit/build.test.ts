import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureRoot } from './fixtures';

const root = join(import.meta.dirname, '../..');

describe('npm run build with invalid content', () => {
	it('exits non-zero, names file and field, and leaves the previous dist/ untouched', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'xiangce-dist-')), 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'previous build');
		const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/build.ts')], {
			encoding: 'utf8',
			env: { ...process.env, XIANGCE_CONTENT_ROOT: fixtureRoot('quote-not-in-text'), XIANGCE_DIST: out },
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/content\/clauses\/xiang-test-2024-1\/1-1\.mdx:\d+: obligations\[0\]\.quote: .*is not in the clause text/);
		expect(r.stderr).toContain('untouched');
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
		expect(readdirSync(join(out, '..'))).toEqual(['dist']);
	});
});
