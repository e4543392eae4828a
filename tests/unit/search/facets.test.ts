import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { obligationsBinding } from '../../../src/lib/corpus';
import { corpusFromDisk } from '../../../src/lib/corpus/from-disk';
import { clauseFilters, clauseSortKey, FILTER_KEYS, FILTERS, filterChoices, FLAG_VALUE, throughHierarchy } from '../../../src/lib/search/facets';
import { corpusOf, fixtureRoot } from '../fixtures';

const corpus = corpusOf();
const task = corpus.clause.get('xiang-test-2024-1/1-1')!;
const section = corpus.clause.get('xiang-test-2024-1/1')!;

/** The base fixture with 高职院校 a kind of 职业院校, and the clause's duty addressed to 职业院校 (a copy). */
function withHierarchy() {
	const root = fixtureRoot();
	const units = join(root, 'content/units.yaml');
	writeFileSync(units, readFileSync(units, 'utf8').replace('  name: 高职院校\n  type: role', '  name: 高职院校\n  type: role\n  parents: [vocational-school]') + '- id: vocational-school\n  name: 职业院校\n  type: role\n');
	const clause = join(root, 'content/clauses/xiang-test-2024-1/1-1.mdx');
	// The data rules want the actor named in the text, so the copy's text names 职业院校 too.
	writeFileSync(clause, readFileSync(clause, 'utf8').replace('actors: [higher-vocational]', 'actors: [vocational-school]').replace('高职院校建设', '职业院校建设'));
	return corpusOf(root);
}

describe('clauseFilters', () => {
	it('gives a clause its document, units, 适用对象, topics, modality, flags and target values by name', () => {
		expect(clauseFilters(corpus, task)).toEqual({
			doc: ['湘测〔2024〕1号'],
			issuer: ['省教育厅'],
			unit: [],
			role: ['市州教育（体）局', '高职院校'],
			topic: ['楚怡'],
			modality: ['应当'],
			target: [FLAG_VALUE],
			deadline: [FLAG_VALUE],
			value: ['20'],
			status: ['未知（原文未载）'],
		});
	});
	it('declares what is addressed to a broader role under every narrower one too', () => {
		const h = withHierarchy();
		expect(clauseFilters(h, h.clause.get('xiang-test-2024-1/1-1')!).role).toEqual(['市州教育（体）局', '职业院校', '高职院校']);
		expect([...throughHierarchy(h, ['vocational-school'])]).toEqual([['vocational-school', undefined], ['higher-vocational', 'vocational-school']]);
	});
	it('agrees with obligationsBinding: a role filter finds every clause with an obligation binding the role', () => {
		const real = corpusFromDisk(join(import.meta.dirname, '../../..'));
		for (const u of real.units.filter((x) => x.type === 'role')) {
			const bound = new Set(obligationsBinding(real, u.id).map((b) => b.clause.key));
			const declared = new Set(real.clauses.filter((c) => clauseFilters(real, c).role.includes(u.name)).map((c) => c.key));
			for (const key of bound) expect(declared.has(key), `${u.name} ${key}`).toBe(true);
		}
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
	it('offers only values some clause has, and leaves out a filter no clause has', () => {
		const byKey = Object.fromEntries(filterChoices(corpus).map((c) => [c.key, c.options]));
		expect(byKey.doc).toEqual(['湘测〔2024〕1号']);
		expect(byKey.topic).toEqual(['楚怡']);
		expect(byKey.modality).toEqual(['应当']);
		expect(byKey.unit).toBeUndefined();
		expect(byKey.target).toEqual([FLAG_VALUE]);
		expect(byKey.status).toEqual(['未知（原文未载）']);
	});
	it('offers every filter defined, with its hint, and the URL knows every key', () => {
		expect(FILTER_KEYS).toEqual(FILTERS.map((f) => f.key));
		expect(filterChoices(corpus).find((c) => c.key === 'role')?.hint).toMatch(/上位对象/);
	});
});
