import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { checkFidelity } from '../../src/lib/content/fidelity';

const root = join(import.meta.dirname, '../..');
const { content, issues } = validateContent(readContent(root));

describe('content', () => {
	it('validates with no problems', () => {
		expect(issues.map((i) => `${i.file}: ${i.field}: ${i.message}`)).toEqual([]);
	});
});

describe.each([...content.documents.entries()])('fidelity of %s', (slug, doc) => {
	const source = readFileSync(join(root, 'sources', doc.sourceFile), 'utf8');
	const clauses = content.clauses.filter((c) => c.doc === slug).map((c) => ({ id: c.id, label: c.data.label, text: c.text }));
	const report = checkFidelity(source, clauses, doc.printed.map((p) => p.text));

	it('loses no sentence of the source (100%)', () => {
		expect(report.lost).toEqual([]);
		expect(report.coverage).toBe(1);
	});
	it('invents no words: every clause fragment is in the source', () => {
		expect(report.invented).toEqual([]);
	});
});
