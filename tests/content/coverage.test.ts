import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { hasFacts, needsFacts } from '../../src/lib/content/coverage';

const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));
const { exceptions } = JSON.parse(readFileSync(join(import.meta.dirname, 'coverage-exceptions.json'), 'utf8')) as { exceptions: Record<string, string> };

describe('structured-data coverage', () => {
	const uncovered = content.clauses.filter((c) => c.data.kind !== 'section' && !hasFacts(c.data));
	it('lists clauses with no structured data at all', () => {
		console.log(`clauses with no structured data: ${uncovered.length} of ${content.clauses.length}\n${uncovered.map((c) => `  ${c.doc}/${c.id}`).join('\n')}`);
	});
	it('gives every clause with a number, a date or a modal word some data, or a listed reason', () => {
		const missing = uncovered
			.filter((c) => !(`${c.doc}/${c.id}` in exceptions))
			.map((c) => ({ clause: `${c.doc}/${c.id}`, why: needsFacts(c.text) }))
			.filter((m) => m.why.length > 0);
		expect(missing).toEqual([]);
	});
	it('lists only exceptions that exist and are still needed', () => {
		const ids = new Set(content.clauses.map((c) => `${c.doc}/${c.id}`));
		const stale = Object.keys(exceptions).filter((k) => !ids.has(k) || hasFacts(content.clauses.find((c) => `${c.doc}/${c.id}` === k)!.data));
		expect(stale).toEqual([]);
	});
});
