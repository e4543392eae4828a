import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { fixtureRoot } from './fixtures';

describe('validation', () => {
	it('accepts the valid base fixture', () => {
		const { issues, content } = validateContent(readContent(fixtureRoot()));
		expect(issues).toEqual([]);
		expect(content.clauses.map((c) => c.id)).toEqual(['1', '1-1']);
	});

	it('points at the line of the bad field', () => {
		const { issues } = validateContent(readContent(fixtureRoot('quote-not-in-text')));
		const hit = issues.find((i) => i.field === 'obligations[0].quote')!;
		// The frontmatter starts on line 2 of the file; `quote:` is its 10th line.
		expect(hit.line).toBe(11);
	});

	it('the CLI exits 1 with file:line: field: message', () => {
		const root = join(import.meta.dirname, '../..');
		const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/validate.ts'), fixtureRoot('unknown-unit')], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/content\/clauses\/xiang-test-2024-1\/1-1\.mdx:\d+: obligations\[0\]\.actors\[0\]: unknown unit or role `no-such-unit`/);
		expect(r.stderr).toContain('Nothing was built');
	});
});

describe('hostile MDX', () => {
	it('reports the line of the offending markup in the file', () => {
		const { issues } = validateContent(readContent(fixtureRoot('mdx-script')));
		// Frontmatter is lines 1–7, a blank line, the text on line 9, a blank line, the script on line 11.
		expect(issues.find((i) => i.message.includes('<script>'))?.line).toBe(11);
	});
});
