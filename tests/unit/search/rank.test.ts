import { describe, expect, it } from 'vitest';
import type { QueryAnalysis, QueryTerm } from '../../../src/lib/search/analyze';
import { matchKey } from '../../../src/lib/search/normalize';
import { candidatePool, contiguity, coverage, coveringRuns, evidence, fuseRankings, fusedOrder, idf, relaxation, rerank, type Probe } from '../../../src/lib/search/rank';

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
	it('takes the best by order, and the first of every search, in order', () => {
		expect(candidatePool(['a', 'b', 'c', 'd', 'e'], [['d'], ['e']], 2, 1)).toEqual(['a', 'b', 'd', 'e']);
		expect(candidatePool(['a', 'b', 'c'], [['a']], 1, 1)).toEqual(['a']);
	});
});

describe('coverage and contiguity', () => {
	it('finds runs of two or more characters, longest first', () => {
		expect(coveringRuns('产教融合实训基地', '产教融合……实训……基地')).toEqual([[0, 4], [4, 6], [6, 8]]);
		expect(coverage('联合体理事会', '联合体 理事会')).toBe(1);
		expect(coverage('产教融合实训基地', '产业……教学……融合')).toBe(0.25);
	});
	it('rewards the words typed side by side over the same words apart', () => {
		expect(contiguity('企业设立分院', '在其他职业院校或企业设立分院')).toBe(1);
		expect(contiguity('企业设立分院', '企业……设立……分院')).toBeCloseTo((4 + 4 + 4) / 36);
	});
	it('makes rare terms count more', () => {
		expect(idf(2, 210)).toBeGreaterThan(idf(50, 210));
	});
});

const term = (text: string, opts: Partial<QueryTerm> = {}, alts: [string, number][] = []): QueryTerm => ({
	text,
	key: matchKey(text),
	source: 'word',
	optional: false,
	run: 0,
	alternatives: [[text, 1] as [string, number], ...alts].map(([t, weight]) => ({ text: t, key: matchKey(t), weight })),
	...opts,
});
const analysis = (rest: string, terms: QueryTerm[], runs = [matchKey(rest)]): QueryAnalysis => ({ query: rest, converted: false, docs: [], rest, terms, runs, setAside: [], intents: [] });
const probe = (id: string, title: string, content: string | undefined, extra: Partial<Probe> = {}): Probe => ({ id, title, content, found: new Map(), attached: new Set(), intent: 0, ...extra });
const ids = (xs: { probe: Probe }[]) => xs.map((x) => x.probe.id);

describe('evidence: the tiers', () => {
	const a = analysis('产教融合实训基地', [term('产教'), term('融合'), term('实训基地')]);
	const idfs = [1, 1, 1];
	it('grades the whole query in the title, then in the text, then every term, then some', () => {
		expect(evidence(probe('t', '遴选建设一批“楚怡”产教融合实训基地', '支持建设80个…'), a, idfs).tier).toBe(6);
		expect(evidence(probe('x', '推进校企合作', '共建产教融合实训基地和产业学院'), a, idfs).tier).toBe(5);
		expect(evidence(probe('s', '产教与融合的实训基地', '……'), a, idfs).tier).toBe(4);
		expect(evidence(probe('b', '建设', '融合……实训基地……产教'), a, idfs).tier).toBe(3);
		expect(evidence(probe('p', '建设', '实训基地'), a, idfs).tier).toBe(1);
		expect(evidence(probe('n', '建设', '别的'), a, idfs).tier).toBe(0);
	});
	it('counts a synonym or another name as the word typed, a related word (a topic alias) one tier lower', () => {
		const b = analysis('企业员工培训', [term('员工', { source: 'synonym' }, [['职工', 0.95]]), term('培训')], ['员工', '培训']);
		expect(evidence(probe('s', '', '企业职工培训'), b, [1, 1]).tier).toBe(3);
		const c = analysis('双师', [term('双师', { source: 'topic' }, [['师资队伍', 0.6]])]);
		expect(evidence(probe('r', '', '加强师资队伍建设'), c, [1]).tier).toBe(2);
	});
	it('counts a named unit or topic the clause is attached to, and terms Pagefind found before the text is known', () => {
		const u = analysis('人社厅 培训', [term('人社厅', { source: 'unit' }), term('培训')], ['人社厅', '培训']);
		expect(evidence(probe('a', '', '组织开展培训', { attached: new Set([0]) }), u, [1, 1]).tier).toBe(2);
		const early = evidence(probe('e', '标题', undefined, { found: new Map([[0, 1], [1, 1]]) }), u, [1, 1]);
		expect(early.tier).toBe(2);
		expect(early.matched).toEqual([0.8, 0.8]);
	});
	it('ranks a clause naming the unit above one attached to it only through a broader unit', () => {
		const u = analysis('住建厅', [term('住建厅', { source: 'unit' })], ['住建厅']);
		const direct = probe('d', '', '推进建设', { attached: new Set([0]) });
		const through = probe('t', '', '省直有关部门支持', { attached: new Set([0]), through: new Set([0]) });
		expect(evidence(through, u, [1]).tier).toBe(2);
		expect(rerank([through, direct], new Map(), u, [1]).map((r) => r.probe.id)).toEqual(['d', 't']);
	});
	it('counts a word found in the headings the clause sits under, less', () => {
		const b = analysis('推荐书数据', [term('推荐书'), term('数据')], ['推荐书数据']);
		expect(evidence(probe('n', '说明', '年度数据截止时间', { context: '市域产教联合体推荐书 › 说明' }), b, [1, 1]).matched).toEqual([0.8, 1]);
	});
});

describe('rerank', () => {
	it('puts exact matches before scattered ones, whatever Pagefind scored', () => {
		const a = analysis('产教融合实训基地', [term('产教'), term('融合'), term('实训基地')]);
		const fused = new Map([['scattered', 3], ['text', 2]]);
		const r = rerank([probe('scattered', '', '实训基地 产业……教学……融合'), probe('text', '', '共建产教融合实训基地')], fused, a, [1, 1, 1]);
		expect(ids(r)).toEqual(['text', 'scattered']);
	});
	it('ranks a partial match by how many and how rare the terms found are', () => {
		const a = analysis('推荐书报送时间', [term('推荐书'), term('报送'), term('时间', { optional: true })], ['推荐书', '报送']);
		const r = rerank([probe('common', '', '报送材料'), probe('rare', '', '推荐书一式5份')], new Map(), a, [3, 1, 1]);
		expect(ids(r)).toEqual(['rare', 'common']);
		expect(r.map((x) => x.evidence.tier)).toEqual([1, 1]);
	});
	it('puts, among full matches, the clause with a fact that answers the question first', () => {
		const a = analysis('推荐书几份', [term('推荐书')]);
		const r = rerank([probe('text', '', '推荐书的格式'), probe('answer', '', '推荐书（一式5份）', { intent: 3.9 })], new Map(), a, [1]);
		expect(ids(r)).toEqual(['answer', 'text']);
	});
	it('puts a clause that repeats another after the others of its tier, and keeps the fused order among equals', () => {
		const a = analysis('双师', [term('双师')]);
		expect(ids(rerank([probe('repeat', '', '双师', { duplicate: true }), probe('original', '', '双师')], new Map([['repeat', 2], ['original', 1]]), a, [1]))).toEqual(['original', 'repeat']);
		expect(ids(rerank([probe('a', '', '双师'), probe('b', '', '双师')], new Map([['a', 1], ['b', 2]]), a, [1]))).toEqual(['b', 'a']);
	});
	it('needs every part of a spaced query for a full match', () => {
		const a = analysis('订单培养 校企双聘', [term('订单培养'), term('校企双聘')], ['订单培养', '校企双聘']);
		expect(evidence(probe('x', '', '订单培养模式……校企双聘模式'), a, [1, 1]).tier).toBe(3);
		expect(evidence(probe('y', '', '订单培养模式'), a, [1, 1]).tier).toBe(1);
	});
});

describe('relaxation', () => {
	it('says when the best result is a partial match, and which words no clause had', () => {
		const a = analysis('推荐书报送', [term('推荐书'), term('报送')], ['推荐书报送']);
		const es = [probe('a', '', '推荐书'), probe('b', '', '推荐书 材料')].map((p) => evidence(p, a, [1, 1]));
		expect(relaxation(a, es)).toEqual({ complete: false, missing: ['报送'] });
		expect(relaxation(a, [evidence(probe('c', '', '推荐书 报送'), a, [1, 1])])).toEqual({ complete: true, missing: [] });
		expect(relaxation(a, [])).toEqual({ complete: true, missing: [] });
	});
});
