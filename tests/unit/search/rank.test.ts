import { describe, expect, it } from 'vitest';
import { candidatePool, coverage, coveringRuns, evidence, fuseRankings, fusedOrder, rerank } from '../../../src/lib/search/rank';

describe('fuseRankings', () => {
	it('adds reciprocal ranks, weighted, and counts every member of an unordered set as first', () => {
		const fused = fuseRankings([
			{ ids: ['a', 'b'], weight: 1, ranked: true },
			{ ids: ['b', 'c'], weight: 1, ranked: false },
		], 0);
		expect(fused.get('a')).toBeCloseTo(1);
		expect(fused.get('b')).toBeCloseTo(1 / 2 + 1);
		expect(fused.get('c')).toBeCloseTo(1);
		expect(fusedOrder(fused)).toEqual(['b', 'a', 'c']);
	});
});

describe('candidatePool', () => {
	it('takes the first of every search, then the best fused', () => {
		expect(candidatePool(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['e']], 3, 1)).toEqual(['a', 'e', 'b']);
	});
});

describe('coverage', () => {
	it('finds runs of two or more characters, longest first', () => {
		expect(coveringRuns('产教融合实训基地', '产教融合……实训……基地')).toEqual([[0, 4], [4, 6], [6, 8]]);
		expect(coverage('联合体理事会', '联合体 理事会')).toBe(1);
		expect(coverage('产教融合实训基地', '产业……教学……融合')).toBe(0.25);
		expect(coverage('师', '教师')).toBe(1);
	});
});

describe('evidence and rerank', () => {
	const exactTitle = { id: 'title', title: '遴选建设一批“楚怡”产教融合实训基地', content: '支持建设80个…' };
	const exactText = { id: 'text', title: '推进校企合作', content: '共建产教融合实训基地和产业学院' };
	const scattered = { id: 'scattered', title: '实训基地建设', content: '产业发展，教育教学，融合创新' };
	const related = { id: 'related', title: '加强组织领导', content: '省人力资源社会保障厅会同有关部门' };
	const attached = { id: 'attached', title: '组织实施', content: '各地要抓好落实' };

	it('grades exact matches in the title, then in the text, then related words, then attachment', () => {
		expect(evidence(exactTitle.title, exactTitle.content, ['产教融合实训基地'], []).tier).toBe(4);
		expect(evidence(exactText.title, exactText.content, ['产教融合实训基地'], []).tier).toBe(3);
		expect(evidence(related.title, related.content, ['人社厅'], ['省人力资源社会保障厅']).tier).toBe(2);
		expect(evidence(attached.title, attached.content, ['人社厅'], [], true).tier).toBe(1);
		expect(evidence(scattered.title, scattered.content, ['产教融合实训基地'], []).tier).toBe(0);
	});
	it('puts exact matches before scattered ones, whatever Pagefind scored', () => {
		const fused = new Map([['scattered', 3], ['text', 2], ['title', 1]]);
		const ranked = rerank([scattered, exactText, exactTitle], fused, { needles: ['产教融合实训基地'], related: [], attached: new Set() });
		expect(ranked.map((c) => c.id)).toEqual(['title', 'text', 'scattered']);
	});
	it('needs every part of a spaced query for an exact match', () => {
		expect(evidence('', '订单培养模式……校企双聘模式', ['订单培养', '校企双聘'], []).tier).toBe(3);
		expect(evidence('', '订单培养模式', ['订单培养', '校企双聘'], []).tier).toBe(0);
	});
	it('puts a clause that repeats another after the others of its tier', () => {
		const repeat = { id: 'repeat', title: '', content: '双师', duplicate: true };
		const original = { id: 'original', title: '', content: '双师' };
		const fused = new Map([['repeat', 2], ['original', 1]]);
		expect(rerank([repeat, original], fused, { needles: ['双师'], related: [], attached: new Set() }).map((c) => c.id)).toEqual(['original', 'repeat']);
	});
	it('keeps the fused order among equals', () => {
		const a = { id: 'a', title: '', content: '双师' };
		const b = { id: 'b', title: '', content: '双师' };
		expect(rerank([a, b], new Map([['a', 1], ['b', 2]]), { needles: ['双师'], related: [], attached: new Set() }).map((c) => c.id)).toEqual(['b', 'a']);
	});
});
