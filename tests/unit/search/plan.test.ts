import { describe, expect, it } from 'vitest';
import { combineFilters, planQuery } from '../../../src/lib/search/plan';
import type { TermEntry } from '../../../src/lib/search/vocabulary';

const lexicon = {
	docs: [{ slug: 'xiang-zheng-ban-fa-2018-82', number: '湘政办发〔2018〕82号' }],
	terms: [
		{ kind: 'unit', id: 'hrss-dept', name: '省人力资源社会保障厅', terms: ['省人力资源社会保障厅', '人社厅'] },
		{ kind: 'topic', id: 'dual-qualified-teachers', name: '双师型教师', terms: ['双师型教师', '双师'] },
	] satisfies TermEntry[],
};
const sources = (q: string) => planQuery(q, lexicon).searches.map((s) => s.source);

describe('planQuery', () => {
	it('searches the words, and the words as a phrase', () => {
		const plan = planQuery('产教融合实训基地', lexicon);
		expect(plan.searches.map((s) => [s.source, s.term])).toEqual([
			['words', '产教融合实训基地'],
			['phrase', '"产教融合实训基地"'],
		]);
		expect(plan.needles).toEqual(['产教融合实训基地']);
	});
	it('lists a document in order when the query only names it', () => {
		const plan = planQuery('湘政办发[2018]82号', lexicon);
		expect(plan.needles).toEqual([]);
		expect(plan.searches).toEqual([{ source: 'document', term: null, filters: { doc: '湘政办发〔2018〕82号' }, sort: { order: 'asc' }, weight: 1, ranked: true }]);
	});
	it('searches the rest of the query within a named document', () => {
		const plan = planQuery('82号 师资', lexicon);
		expect(plan.rest).toBe('师资');
		expect(plan.searches.every((s) => JSON.stringify(s.filters).includes('湘政办发〔2018〕82号'))).toBe(true);
	});
	it('adds canonical names, and the clauses attached to a named unit or topic', () => {
		const plan = planQuery('人社厅', lexicon);
		expect(plan.searches.map((s) => [s.source, s.term])).toEqual([
			['words', '人社厅'],
			['phrase', '"人社厅"'],
			['canonical', '省人力资源社会保障厅'],
			['attached', null],
		]);
		expect(plan.searches[3]!.filters).toEqual({ any: [{ unit: '省人力资源社会保障厅' }, { issuer: '省人力资源社会保障厅' }, { role: '省人力资源社会保障厅' }] });
		expect(plan.related).toContain('省人力资源社会保障厅');
		expect(planQuery('双师 培训', lexicon).searches.find((s) => s.source === 'attached')).toMatchObject({ term: '培训', filters: { topic: '双师型教师' }, ranked: true });
	});
	it('looks a quantity up among the targets', () => {
		expect(planQuery('12000元', lexicon).searches.find((s) => s.source === 'number')).toMatchObject({ term: null, filters: { value: '12000' }, ranked: false });
		expect(sources('6000 名左右')).not.toContain('number');
	});
	it('converts Traditional characters first', () => {
		expect(planQuery('雙師', lexicon, (s) => s.replace('雙', '双').replace('師', '师')).needles).toEqual(['双师']);
	});
	it('splits needles at spaces and plans nothing for an empty query', () => {
		expect(planQuery('订单培养 校企双聘', lexicon).needles).toEqual(['订单培养', '校企双聘']);
		expect(sources('订单培养 校企双聘')).not.toContain('phrase');
		expect(planQuery('   ', lexicon).searches).toEqual([]);
	});
});

describe('combineFilters', () => {
	it('combines filters with all, skipping empty ones', () => {
		expect(combineFilters(undefined, { a: '1' })).toEqual({ a: '1' });
		expect(combineFilters({ a: '1' }, {}, { b: '2' })).toEqual({ all: [{ a: '1' }, { b: '2' }] });
		expect(combineFilters()).toBeUndefined();
	});
});
