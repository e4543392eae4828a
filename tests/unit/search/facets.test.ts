import { describe, expect, it } from 'vitest';
import { clauseFilters, clauseSortKey, filterChoices, FLAG_VALUE } from '../../../src/lib/search/facets';
import { corpusOf } from '../fixtures';

const corpus = corpusOf();
const task = corpus.clause.get('xiang-test-2024-1/1-1')!;
const section = corpus.clause.get('xiang-test-2024-1/1')!;

describe('clauseFilters', () => {
	it('gives a clause its document, units, topics, modality, flags and target values by name', () => {
		expect(clauseFilters(corpus, task)).toEqual({
			doc: ['湘测〔2024〕1号'],
			issuer: ['省教育厅'],
			unit: [],
			role: ['市州教育（体）局'],
			topic: ['楚怡'],
			modality: ['应当'],
			target: [FLAG_VALUE],
			deadline: [FLAG_VALUE],
			value: ['20'],
			status: ['未知（原文未载）'],
		});
	});
	it('has no commas in values, which Pagefind would read as separators', () => {
		for (const c of corpus.clauses) for (const values of Object.values(clauseFilters(corpus, c))) for (const v of values) expect(v).not.toMatch(/,/);
	});
});

describe('clauseSortKey', () => {
	it('orders clauses by document, then position, as text', () => {
		expect(clauseSortKey(corpus, section) < clauseSortKey(corpus, task)).toBe(true);
		expect(clauseSortKey(corpus, task)).toMatch(/^\d{6}$/);
	});
});

describe('filterChoices', () => {
	it('offers only values some clause has', () => {
		const byKey = Object.fromEntries(filterChoices(corpus).map((c) => [c.key, c.options]));
		expect(byKey.doc).toEqual(['湘测〔2024〕1号']);
		expect(byKey.topic).toEqual(['楚怡']);
		expect(byKey.modality).toEqual(['应当']);
		expect(byKey.unit).toEqual([]);
		expect(byKey.target).toEqual([FLAG_VALUE]);
		expect(byKey.status).toEqual(['未知（原文未载）']);
	});
});
