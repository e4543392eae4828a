import { clauseSchema, documentSchema, unitSchema, type ClauseInput } from '../../../src/lib/schema';
import type { RuleInput } from '../../../src/lib/content/rules';

/** Small units: a province and a city body, a generic 发展改革部门 over them, schools in a hierarchy. */
export const UNITS = [
	{ id: 'edu-dept', name: '省教育厅', type: 'body', level: 'province', aliases: ['湖南省教育厅'] },
	{ id: 'city-edu-bureau', name: '市州教育（体）局', type: 'body', level: 'city', aliases: ['各市州教育（体）局'] },
	{ id: 'city-gov', name: '市州人民政府', type: 'body', level: 'city', aliases: ['各市州人民政府'] },
	{ id: 'drc-authorities', name: '发展改革部门', type: 'body', level: 'any' },
	{ id: 'drc', name: '省发展改革委', type: 'body', level: 'province', parents: ['drc-authorities'] },
	{ id: 'city-drc', name: '市州发展改革部门', type: 'body', level: 'city', parents: ['city-gov', 'drc-authorities'] },
	{ id: 'vocational-school', name: '职业院校', type: 'role', level: 'school', aliases: ['职业学校'] },
	{ id: 'higher-vocational', name: '高职院校', type: 'role', level: 'school', parents: ['vocational-school'] },
	{ id: 'enterprise', name: '企业', type: 'role', level: 'enterprise' },
];

export const DOC = 'xiang-test-2024-1';

const doc = (extra: Record<string, unknown> = {}) =>
	documentSchema.parse({ number: '湘测〔2024〕1号', title: '测试文件', titleSource: 'text', issuers: ['edu-dept'], addressees: '各市州教育（体）局', addresseeRoles: ['city-edu-bureau'], date: null, dateNote: '原文未载', year: 2024, disclosure: null, sourceFile: 'test.txt', order: 0, ...extra });

/** A rule input from clauses given as `{ id, text, ...frontmatter }` (kind `task`, order by position by default). */
export function ruleInput(clauses: (Omit<Partial<ClauseInput>, 'doc'> & { id: string; text: string })[], docExtra: Record<string, unknown> = {}): RuleInput {
	return {
		units: new Map(UNITS.map((u) => [u.id, unitSchema.parse(u)])),
		documents: new Map([[DOC, doc(docExtra)]]),
		clauses: clauses.map(({ id, text, ...fm }, order) => ({ file: `content/clauses/${DOC}/${id}.mdx`, doc: DOC, id, text, data: clauseSchema.parse({ doc: DOC, kind: 'task', order, ...fm }) })),
	};
}

export const ob = (actors: string[], modality: 'must' | 'should' | 'encouraged' | 'supported' | 'may', quote: string, extra: Record<string, unknown> = {}) => ({ actors, modality, action: quote, quote, ...extra });
