import { buildCorpus, type Corpus } from '../../src/lib/corpus';
import { clauseSchema, documentSchema, unitSchema, type ClauseInput } from '../../src/lib/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { industryLayoutSchema } from '../../src/lib/schema/industry-layout';
import type { ApplicationSpec } from '../../src/lib/views/applications';

/**
 * A small corpus for the view tests: a call for applications (`xiang-test-2024-1`, shaped like 湘教通〔2024〕23号)
 * and a measures document (`xiang-test-2023-2`). Defaults come from the real schema.
 */
const units = [
	{ id: 'edu-dept', name: '省教育厅', type: 'body', level: 'province', aliases: ['湖南省教育厅', '教育厅'] },
	{ id: 'hrss-dept', name: '省人力资源社会保障厅', type: 'body', level: 'province', aliases: ['人社厅'] },
	{ id: 'city-edu-bureau', name: '市州教育（体）局', type: 'body', level: 'city' },
	{ id: 'vocational-school', name: '职业院校', type: 'role', level: 'school' },
	{ id: 'higher-vocational', name: '高职院校', type: 'role', level: 'school', parents: ['vocational-school'] },
	{ id: 'enterprise', name: '企业', type: 'role' },
	{ id: 'industrial-park', name: '产业园区', type: 'role', aliases: ['园区'] },
].map((u) => unitSchema.parse(u));

const doc = (slug: string, order: number, extra: Record<string, unknown> = {}) => ({
	slug,
	data: documentSchema.parse({ number: `湘测〔${slug.slice(-6, -2)}〕${order + 1}号`, title: `测试文件${order + 1}`, titleSource: 'text', issuers: ['edu-dept'], addressees: '各市州教育（体）局', date: null, dateNote: '原文未载', year: 2024, disclosure: null, sourceFile: 'test.txt', order, ...extra }),
});

const clause = (docSlug: string, id: string, order: number, fields: Omit<Partial<ClauseInput>, 'doc' | 'order'> & { text?: string } = {}) => {
	const { text = '', ...rest } = fields;
	const data = clauseSchema.parse({ doc: docSlug, kind: 'measure', ...rest, order });
	return { doc: docSlug, id, data, text };
};

const A = 'xiang-test-2024-1';
const B = 'xiang-test-2023-2';
const ob = (actors: string[], modality: 'must' | 'should' | 'encouraged' | 'supported' | 'may', action: string) => ({ actors, modality, action, quote: action });

export const testSpec: ApplicationSpec = { id: 'test-call', title: '测试联合体', doc: A, applyClause: '3-2', goalClause: '1' };

export function viewCorpus(): Corpus {
	return buildCorpus({
		units,
		topics: [],
		external: [],
		documents: [doc(B, 0), doc(A, 1, { addresseeRoles: ['city-edu-bureau', 'higher-vocational'] })],
		clauses: [
			clause(A, '1', 1, { kind: 'section', title: '工作目标', obligations: [ob(['city-edu-bureau'], 'should', '建立联合体')], targets: [{ subject: '联合体', value: 10, unit: '个', period: { kind: 'by', year: 2025, words: '到2025年' }, quote: '10个' }] }),
			clause(A, '2', 2, { kind: 'section', title: '条件要求' }),
			clause(A, '2-1', 3, { kind: 'condition', parent: '2', title: '对接产业', text: '对接“4×4”现代化产业体系，发展新能源和现代农业', obligations: [ob(['industrial-park'], 'should', '对接产业体系'), ob(['higher-vocational'], 'supported', '贯通培养')] }),
			clause(A, '3-2', 4, {
				kind: 'task',
				obligations: [ob(['industrial-park', 'higher-vocational'], 'should', '共同填写推荐书'), ob(['industrial-park'], 'should', '每个园区最多申报1个'), ob(['higher-vocational'], 'should', '牵头学校以楚怡建设单位为主'), ob(['city-edu-bureau'], 'must', '确保材料真实')],
				responsible: [{ unit: 'industrial-park', role: 'lead', quote: '园区' }, { unit: 'city-edu-bureau', role: 'co', quote: '市州教育（体）局' }],
				targets: [{ subject: '每个园区申报的联合体', value: 1, unit: '个', comparator: 'at-most', quote: '最多申报1个' }],
			}),
			clause(A, '3-p1', 5, { kind: 'procedure', deadlines: [{ date: '2024-02-28', what: '报送推荐书', who: ['city-edu-bureau'], to: ['edu-dept'], how: ['一式5份', '联系人：张三'], quote: '2024年2月28日前' }] }),
			clause(A, 'att2', 6, { kind: 'attachment', title: '建设指标' }),
			clause(A, 'att2-1', 7, { kind: 'section', parent: 'att2', title: '基本情况' }),
			clause(A, 'att2-1-1', 8, { kind: 'indicator', parent: 'att2-1', obligations: [ob(['enterprise'], 'should', '接收实习')] }),
			clause(A, 'att2-1-2', 9, { kind: 'indicator', parent: 'att2-1' }),
			clause(A, 'att2-7', 10, { kind: 'indicator', parent: 'att2', title: '其他' }),
			clause(A, 'att3', 11, { kind: 'form', title: '推荐书', obligations: [ob(['industrial-park'], 'should', '加盖公章')] }),
			clause(A, 'att3-1', 12, { kind: 'form', parent: 'att3', title: '概况', text: '运行经费 2023年 2024年 2025年 主导产业(不超过200字)', formLimits: [{ field: '主导产业情况', kind: 'length', value: 200, unit: '字', comparator: 'at-most', quote: '不超过200字' }] }),
			clause(A, 'att3-notes', 13, { kind: 'note', parent: 'att3', title: '说明' }),
			clause(A, 'att3-notes-1', 14, { kind: 'note', parent: 'att3-notes', obligations: [ob(['industrial-park'], 'should', '如实填写')] }),
			clause(B, '1', 0, {
				obligations: [ob(['edu-dept'], 'encouraged', '鼓励建设基地'), ob(['edu-dept'], 'must', '必须落实'), ob(['hrss-dept'], 'should', '应当配合')],
				responsible: [{ unit: 'hrss-dept', role: 'co', quote: '人社厅' }, { unit: 'edu-dept', role: 'lead', quote: '教育厅' }],
				targets: [
					{ subject: '实训基地', value: 20, unit: '个', approx: true, quote: '20个左右' },
					{ subject: '实践比例', value: 5, unit: '%', comparator: 'at-least', period: { kind: 'every', months: 12, words: '每年' }, quote: '不低于5%' },
				],
			}),
			clause(B, '2', 1, {
				text: '支持工程机械企业',
				obligations: [ob(['enterprise'], 'supported', '参与办学')],
				targets: [{ subject: '体系建成', value: 3, unit: '年', period: { kind: 'within', months: 36, words: '3年内' }, quote: '3年' }],
				deadlines: [{ date: '2027-01-10', what: '提交报告', who: ['enterprise'], quote: '2027年1月10日前' }],
			}),
			// Addressed to 职业院校: binds every 高职院校 too.
			clause(B, '3', 2, { text: '支持职业院校与企业合作', obligations: [ob(['vocational-school'], 'supported', '与企业合作')] }),
			// A repeat of clause 3 with facts of its own: rendered, never counted.
			clause(B, '4', 3, {
				text: '支持职业院校与企业合作',
				quality: [{ kind: 'duplicate', note: '与3相同', of: '3' }],
				obligations: [ob(['vocational-school', 'enterprise'], 'supported', '重复的义务')],
				targets: [{ subject: '重复的目标', value: 9, unit: '个', quote: '9个' }],
				deadlines: [{ date: '2027-02-01', what: '重复的期限', who: ['enterprise'], quote: '2027年2月1日前' }],
			}),
		],
	});
}

/** The consistent two-city layout fixture, parsed. */
export const testLayout = () => industryLayoutSchema.parse(parse(readFileSync(join(import.meta.dirname, '../fixtures/industry-layout/consistent.yaml'), 'utf8')));
