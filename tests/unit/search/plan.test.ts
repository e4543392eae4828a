import { describe, expect, it } from 'vitest';
import { analyzeQuery, type Segment } from '../../../src/lib/search/analyze';
import { QUERY_WORDS } from '../../../src/lib/search/lexicon';
import { combineFilters, planQuery } from '../../../src/lib/search/plan';
import type { TermEntry } from '../../../src/lib/search/vocabulary';

const lexicon = {
	docs: [{ slug: 'xiang-zheng-ban-fa-2018-82', number: '湘政办发〔2018〕82号' }],
	terms: [
		{ kind: 'unit', id: 'hrss-dept', name: '省人力资源社会保障厅', terms: ['省人力资源社会保障厅', '人社厅'] },
		{ kind: 'topic', id: 'dual-qualified-teachers', name: '双师型教师', terms: ['双师型教师', '双师'] },
	] satisfies TermEntry[],
	words: QUERY_WORDS,
};
const words = ['产教', '融合', '实训', '基地', '师资', '培训', '订单', '培养', '校企', '双聘', '推荐', '报送'];
const segment: Segment = (text) => {
	const out: string[] = [];
	for (let i = 0; i < text.length; ) {
		const w = words.find((k) => text.startsWith(k, i)) ?? text[i]!;
		out.push(w);
		i += w.length;
	}
	return out;
};
const plan = (q: string) => planQuery(analyzeQuery(q, lexicon, { segment }));
const sources = (q: string) => plan(q).searches.map((s) => s.source);

describe('planQuery', () => {
	it('searches the whole query, as words and as a phrase, and each of its terms on its own', () => {
		const p = plan('产教融合实训基地');
		expect(p.searches.map((s) => [s.source, s.term])).toEqual([
			['words', '产教融合实训基地'],
			['phrase', '"产教融合实训基地"'],
			['term', '产教'],
			['term', '融合'],
			['term', '实训'],
			['term', '基地'],
		]);
	});
	it('searches every way of writing a term (synonyms), tagged with the term they find', () => {
		const p = plan('推荐书交几份');
		const give = p.analysis.terms.findIndex((t) => t.text === '交');
		const forGive = p.searches.filter((s) => s.termIndex === give).map((s) => s.term);
		expect(forGive).toEqual(expect.arrayContaining(['报送', '邮寄']));
		// The question word 几份 is not searched.
		expect(p.searches.some((s) => s.term?.includes('几份') && s.source === 'term')).toBe(false);
	});
	it('lists a document in order when the query only names it', () => {
		const p = plan('湘政办发[2018]82号');
		expect(p.listing).toBe(true);
		expect(p.searches).toEqual([{ source: 'document', term: null, filters: { doc: '湘政办发〔2018〕82号' }, sort: { order: 'asc' }, weight: 1, ranked: true }]);
	});
	it('searches the rest of the query within a named document', () => {
		const p = plan('82号 师资');
		expect(p.analysis.rest).toBe('师资');
		expect(p.searches.every((s) => JSON.stringify(s.filters).includes('湘政办发〔2018〕82号'))).toBe(true);
	});
	it('adds the canonical names, and the clauses attached to a named unit or topic', () => {
		const p = plan('人社厅');
		expect(p.searches.filter((s) => s.source === 'term').map((s) => s.term)).toEqual(['人社厅', '省人力资源社会保障厅']);
		expect(p.searches.find((s) => s.source === 'attached')!.filters).toEqual({ any: [{ unit: '省人力资源社会保障厅' }, { issuer: '省人力资源社会保障厅' }, { role: '省人力资源社会保障厅' }] });
		expect(plan('双师 培训').searches.find((s) => s.source === 'attached')).toMatchObject({ term: '培训', filters: { topic: '双师型教师' }, ranked: true });
	});
	it('looks a quantity up among the targets', () => {
		expect(plan('12000元').searches.find((s) => s.source === 'number')).toMatchObject({ term: null, filters: { value: '12000' }, ranked: false });
		expect(sources('6000 名左右')).not.toContain('number');
		expect(sources('1+X')).not.toContain('number');
	});
	it('has no phrase search for words apart, and nothing for an empty query', () => {
		expect(sources('订单培养 校企双聘')).not.toContain('phrase');
		expect(plan('   ').searches).toEqual([]);
	});
});

describe('combineFilters', () => {
	it('combines filters with all, skipping empty ones', () => {
		expect(combineFilters(undefined, { a: '1' })).toEqual({ a: '1' });
		expect(combineFilters({ a: '1' }, {}, { b: '2' })).toEqual({ all: [{ a: '1' }, { b: '2' }] });
		expect(combineFilters()).toBeUndefined();
	});
});
