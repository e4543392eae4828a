import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus';
import { clauseSchema, documentSchema, unitSchema } from '../../src/lib/schema';
import { appliesBecause, clausesApplying } from '../../src/lib/views/applies';
import { NOT_STATED, ledgerCells, ledgerUnitIds, responsibleText, sheetName, unitLedger } from '../../src/lib/export/ledger';
import { selfCheck, selfCheckRoles } from '../../src/lib/views/self-check';
import { printPageCss, referencedParts } from '../../src/lib/views/print';
import { viewCorpus } from './view-corpus';

const SITE = 'https://x.example/';

/** A measures document addressed to 职业院校 in general, with an annex row carried to its clause. */
function schoolCorpus() {
	const units = [
		{ id: 'edu-dept', name: '省教育厅', type: 'body', level: 'province' },
		{ id: 'drc', name: '省发展改革委', type: 'body', level: 'province' },
		{ id: 'vocational-school', name: '职业院校', type: 'role' },
		{ id: 'higher-vocational', name: '高职院校', type: 'role', parents: ['vocational-school'] },
		{ id: 'secondary-vocational', name: '中职学校', type: 'role', parents: ['vocational-school'] },
		{ id: 'enterprise', name: '企业', type: 'role' },
	].map((u) => unitSchema.parse(u));
	const D = 'xiang-ce-2024-9';
	const c = (id: string, order: number, fields: Record<string, unknown>, text = '') => ({ doc: D, id, data: clauseSchema.parse({ doc: D, kind: 'measure', order, ...fields }), text });
	const ob = (actors: string[], modality: string, action: string, quote = action) => ({ actors, modality, action, quote });
	return buildCorpus({
		units,
		topics: [],
		external: [],
		documents: [{ slug: D, data: documentSchema.parse({ number: '湘测〔2024〕9号', title: '测试措施', titleSource: 'text', issuers: ['edu-dept'], addressees: '各职业院校', date: null, dateNote: '原文未载', year: 2024, disclosure: null, sourceFile: 't.txt', order: 0 }) }],
		clauses: [
			c('1', 0, { label: '1．', title: '校企合作', obligations: [ob(['vocational-school'], 'should', '开展校企合作'), ob(['higher-vocational'], 'must', '建设产业学院'), ob(['enterprise'], 'supported', '参与办学')], responsible: [{ unit: 'edu-dept', role: 'lead', quote: '省教育厅', via: 'att1-1' }, { unit: 'drc', role: 'co', quote: '省发展改革委', via: 'att1-1' }], targets: [{ subject: '产业学院', value: 10, unit: '个', comparator: 'at-least', period: { kind: 'by', year: 2025, words: '到2025年' }, quote: '10个' }] }, '职业院校要开展校企合作；高职院校须建设产业学院，到2025年不少于10个；支持企业参与办学。'),
			c('2', 1, { label: '2．', title: '报送', refs: [{ doc: D, clause: 'att1', relation: 'cites', quote: '附件' }], deadlines: [{ date: '2024-06-30', what: '报送年度报告', who: ['vocational-school'], to: ['edu-dept'], quote: '6月30日前' }] }, '各职业院校于2024年6月30日前报送年度报告。'),
			c('3', 2, { label: '3．', title: '保障', responsible: [{ unit: 'drc', role: 'lead', quote: '省发展改革委' }] }, '省发展改革委负责统筹保障。'),
			c('att1', 3, { kind: 'attachment', title: '分工' }),
			c('att1-1', 4, { kind: 'table-row', parent: 'att1', label: '1', responsible: [{ unit: 'edu-dept', role: 'lead', quote: '省教育厅' }, { unit: 'drc', role: 'co', quote: '省发展改革委' }] }, '1\t校企合作\t省教育厅牵头，省发展改革委配合'),
		],
	});
}

describe('what applies to a unit', () => {
	const corpus = schoolCorpus();
	it('binds a narrower role through the broader one, and says so', () => {
		const hv = clausesApplying(corpus, 'higher-vocational');
		expect(hv.map((a) => a.clause.id)).toEqual(['1', '2']);
		expect(hv[0]!.obligations.map((o) => [o.index, o.via])).toEqual([[0, 'vocational-school'], [1, undefined]]);
		expect(hv[1]!.deadlines.map((d) => [d.as, d.via])).toEqual([['who', 'vocational-school']]);
		// The clause names 责任单位, so they, not the schools, carry its target.
		expect(appliesBecause(corpus, hv[0]!)).toEqual(['面向全部职业院校', '义务主体']);
		expect(appliesBecause(corpus, clausesApplying(corpus, 'edu-dept')[0]!)).toEqual(['牵头单位', '承担量化目标']);
		expect(clausesApplying(corpus, 'secondary-vocational')[0]!.obligations.map((o) => o.index)).toEqual([0]);
		expect(clausesApplying(corpus, 'nobody')).toEqual([]);
	});
	it('leaves an annex row to the clause it is carried to', () => {
		const edu = clausesApplying(corpus, 'edu-dept');
		expect(edu.map((a) => [a.clause.id, a.responsible?.role, a.deadlines.map((d) => d.as)])).toEqual([
			['1', 'lead', []],
			['2', undefined, ['to']],
		]);
		expect(clausesApplying(corpus, 'drc').map((a) => [a.clause.id, a.responsible?.role])).toEqual([['1', 'co'], ['3', 'lead']]);
	});
});

describe('落实台账 rows', () => {
	const corpus = schoolCorpus();
	it('one row per obligation, scope labelled, targets and time limits of the clause', () => {
		const l = unitLedger(corpus, 'higher-vocational', SITE)!;
		expect(l.sheets.map((s) => [s.name, s.rows.length])).toEqual([['湘测〔2024〕9号', 3]]);
		const [a, b, c] = ledgerCells(l.sheets[0]!);
		expect(a).toEqual(['1', '开展校企合作（面向全部职业院校）', '开展校企合作', `《测试措施》（湘测〔2024〕9号）1\n${SITE}policies/xiang-ce-2024-9/1/`, '牵头：省教育厅；配合：省发展改革委', '应当', '产业学院：不少于10个（到2025年）', NOT_STATED, '', '', '']);
		expect(b!.slice(1, 2)).toEqual(['建设产业学院']);
		expect(b![5]).toBe('必须');
		// A deadline with no obligation becomes its own row.
		expect(c!.slice(0, 3)).toEqual(['3', '报送年度报告（面向全部职业院校）', '6月30日前']);
		expect(c![5]).toBe('—');
		expect(c![7]).toBe('2024年6月30日前：报送年度报告');
	});
	it('gives a 责任单位 every task of its clause, naming who carries it out, and the bare clause when it states no task', () => {
		const rows = unitLedger(corpus, 'drc', SITE)!.sheets[0]!.rows;
		expect(rows.map((r) => r.task)).toEqual(['开展校企合作（主体：职业院校）', '建设产业学院（主体：高职院校）', '参与办学（主体：企业）', '3． 保障']);
		expect(rows.at(-1)!.quote).toBe('省发展改革委负责统筹保障。');
		expect(rows.map((r) => r.key)).toEqual(['xiang-ce-2024-9/1#o0', 'xiang-ce-2024-9/1#o1', 'xiang-ce-2024-9/1#o2', 'xiang-ce-2024-9/3']);
	});
	it('lists the units with a ledger, and none for an unknown id', () => {
		expect(ledgerUnitIds(corpus)).toEqual(['edu-dept', 'drc', 'vocational-school', 'higher-vocational', 'secondary-vocational', 'enterprise']);
		expect(unitLedger(corpus, 'nobody', SITE)).toBeUndefined();
	});
	it('writes 原文未载 where no 责任单位 is named', () => {
		const v = viewCorpus();
		expect(responsibleText(v, v.clause.get('xiang-test-2023-2/2')!)).toBe(NOT_STATED);
		expect(responsibleText(v, v.clause.get('xiang-test-2023-2/1')!)).toBe('牵头：省教育厅；配合：省人力资源社会保障厅');
	});
	it('makes valid, unique sheet names', () => {
		const taken = new Set<string>();
		expect(sheetName('湘政函〔2023〕168号', taken)).toBe('湘政函〔2023〕168号');
		expect(sheetName('湘政函〔2023〕168号', taken)).toBe('湘政函〔2023〕168号-2');
		expect(sheetName('a/b:c[d]', taken)).toBe('a-b-c-d-');
		expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
	});
});

describe('self-check and print bundle', () => {
	const corpus = schoolCorpus();
	it('offers a self-check to every kind of 职业院校', () => {
		expect(selfCheckRoles(corpus)).toEqual(['vocational-school', 'higher-vocational', 'secondary-vocational']);
		const s = selfCheck(corpus, 'higher-vocational')!;
		expect([s.total, s.viaBroader]).toEqual([3, 2]);
		expect(s.docs[0]!.sections.map((x) => [x.section, x.items.length])).toEqual([['obligation', 2]]);
		expect(s.docs[0]!.deadlines.map((d) => d.deadline.date)).toEqual(['2024-06-30']);
	});
	it('brings along the parts of the document its clauses point to', () => {
		const clauses = clausesApplying(corpus, 'higher-vocational').map((a) => a.clause);
		expect(referencedParts(corpus, clauses).map((c) => c.id)).toEqual(['att1', 'att1-1']);
		expect(referencedParts(corpus, [corpus.clause.get('xiang-ce-2024-9/att1-1')!, corpus.clause.get('xiang-ce-2024-9/2')!]).map((c) => c.id)).toEqual(['att1']);
		expect(referencedParts(corpus, [])).toEqual([]);
	});
	it('puts each document on its own named page with its number in the header', () => {
		const css = printPageCss('省教育厅："适用"条款', ['湘测〔2024〕9号', '湘测〔2024〕10号']);
		expect(css).toContain('size: A4');
		expect(css).toContain('@top-left { content: "省教育厅：\\"适用\\"条款"');
		expect(css).toContain('.print-doc-1 { page: doc-1; } @page doc-1 { @top-right { content: "湘测〔2024〕10号"');
	});
});
