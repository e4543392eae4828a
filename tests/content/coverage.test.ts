import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { directiveCoverage, hasFacts, needsFacts } from '../../src/lib/content/coverage';
import { coverageExcused, type CoverageExceptions } from '../../src/lib/content/coverage-exceptions';

const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));
const { exceptions } = JSON.parse(readFileSync(join(import.meta.dirname, 'coverage-exceptions.json'), 'utf8')) as CoverageExceptions;
const excused = coverageExcused(exceptions, content.clauses);

describe('structured-data coverage', () => {
	const uncovered = content.clauses.filter((c) => c.data.kind !== 'section' && !hasFacts(c.data));
	it('lists clauses with no structured data at all', () => {
		console.log(`clauses with no structured data: ${uncovered.length} of ${content.clauses.length}\n${uncovered.map((c) => `  ${c.doc}/${c.id}`).join('\n')}`);
	});
	it('gives every clause with a number, a date or a directive word some data, or a listed reason', () => {
		const missing = uncovered
			.filter((c) => !excused.clause(`${c.doc}/${c.id}`))
			.map((c) => ({ clause: `${c.doc}/${c.id}`, why: needsFacts(c.text) }))
			.filter((m) => m.why.length > 0);
		expect(missing).toEqual([]);
	});
	it('states every directive word (鼓励、支持、要、应、须、可…) of a clause as an obligation, or lists why not', () => {
		const missing = directiveCoverage(content.clauses).flatMap(({ clause, words }) => words.filter((w) => !excused.word(clause, w.index)).map((w) => `${clause}: “${w.word}” in …${w.context}…`));
		expect(missing).toEqual([]);
	});
	it('lists only exceptions that exist and are still needed', () => {
		expect(excused.stale(directiveCoverage(content.clauses), uncovered.map((c) => `${c.doc}/${c.id}`))).toEqual([]);
	});
});
