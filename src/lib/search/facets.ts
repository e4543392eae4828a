/**
 * Search filters: what each clause page declares to Pagefind (`data-pagefind-filter`), and the choices the search
 * page offers. Both come from `FILTERS`, so a choice always matches what the pages declare, and a filter added
 * there appears on the search page (SearchFilters.astro renders every entry) and in its URL with no other change.
 * Values are the Chinese names readers see; keys are short ASCII words used in URLs (`/search/?q=…&topic=双师型教师`).
 *
 * 适用对象 and 责任单位 follow the unit hierarchy (content/units.yaml `parents`, src/lib/corpus/hierarchy.ts): what is
 * addressed to 职业院校 binds 高职院校 too, so a clause addressed to 职业院校 is declared under 高职院校 as well (and the
 * result says so: `viaUnit` in ./answers).
 */
import type { Corpus, CorpusClause } from '../corpus';
import { MODALITY_LABEL, MODALITY_ORDER } from '../views/format';
import { targetValue, VALUE_FILTER } from './number-query';
import { LIFECYCLE_STATUSES, statusLabel } from '../schema/statuses';
import type { ClauseFilterValues } from './filter-postings';

/** The value a flag filter holds when it is set. */
export const FLAG_VALUE = '是';

export interface FilterDef {
	/** URL parameter and Pagefind filter name. */
	key: string;
	label: string;
	/** choice: one value from a list; flag: a checkbox that requires `FLAG_VALUE`. */
	kind: 'choice' | 'flag';
	/** A line under the filter, where its meaning needs saying. */
	hint?: string;
	/** The clause's values, by name. */
	values(corpus: Corpus, clause: CorpusClause): string[];
	/** The order choices are offered in; by default the order in which values first appear in the corpus. */
	order?(corpus: Corpus): string[];
}

const unique = (xs: string[]) => [...new Set(xs)];
const unitName = (corpus: Corpus, id: string) => corpus.unit.get(id)?.name ?? id;
const unitOrder = (corpus: Corpus) => corpus.units.map((u) => u.name);

/**
 * The units a clause applies to under a facet, each with the broader unit it applies through when the clause
 * does not name it (undefined when it does): the named units, then every narrower unit of each.
 */
export function throughHierarchy(corpus: Corpus, named: string[]): Map<string, string | undefined> {
	const out = new Map<string, string | undefined>(named.map((id) => [id, undefined]));
	for (const id of named) for (const n of corpus.hierarchy.narrower(id)) if (!out.has(n)) out.set(n, id);
	return out;
}

/** 适用对象: the roles the document is addressed to and the kinds of organisation the clause's obligations name. */
function addressedUnits(corpus: Corpus, clause: CorpusClause): string[] {
	const doc = corpus.doc.get(clause.doc);
	const actors = clause.data.obligations.flatMap((o) => o.actors).filter((id) => corpus.unit.get(id)?.type === 'role');
	return unique([...(doc?.data.addresseeRoles ?? []), ...actors]);
}

function responsibleUnits(_corpus: Corpus, clause: CorpusClause): string[] {
	return unique(clause.data.responsible.map((r) => r.unit));
}

export const FILTERS = [
	{ key: 'doc', label: '文件', kind: 'choice', values: (corpus, c) => [corpus.doc.get(c.doc)?.data.number ?? c.doc], order: (corpus) => corpus.docs.map((d) => d.data.number) },
	{ key: 'issuer', label: '发文机关', kind: 'choice', values: (corpus, c) => unique((corpus.doc.get(c.doc)?.data.issuers ?? []).map((id) => unitName(corpus, id))), order: unitOrder },
	{
		key: 'unit',
		label: '责任单位',
		kind: 'choice',
		hint: '含由其上级单位负责的条款。',
		values: (corpus, c) => [...throughHierarchy(corpus, responsibleUnits(corpus, c)).keys()].map((id) => unitName(corpus, id)),
		order: unitOrder,
	},
	{
		key: 'role',
		label: '适用对象',
		kind: 'choice',
		hint: '文件主送或条款义务所及的对象；含面向其上位对象的条款（选“高职院校”也列出面向“职业院校”的条款）。',
		values: (corpus, c) => [...throughHierarchy(corpus, addressedUnits(corpus, c)).keys()].map((id) => unitName(corpus, id)),
		order: unitOrder,
	},
	{ key: 'topic', label: '主题', kind: 'choice', values: (corpus, c) => unique(c.data.topics.map((t) => corpus.topic.get(t)?.name ?? t)), order: (corpus) => corpus.topics.map((t) => t.name) },
	{
		key: 'modality',
		label: '约束程度',
		kind: 'choice',
		values: (_corpus, c) => MODALITY_ORDER.filter((m) => c.data.obligations.some((o) => o.modality === m)).map((m) => MODALITY_LABEL[m]),
		order: () => MODALITY_ORDER.map((m) => MODALITY_LABEL[m]),
	},
	{ key: 'target', label: '含量化目标', kind: 'flag', values: (_corpus, c) => (c.data.targets.length ? [FLAG_VALUE] : []) },
	{ key: 'deadline', label: '含期限', kind: 'flag', values: (_corpus, c) => (c.data.deadlines.length ? [FLAG_VALUE] : []) },
	{
		key: 'status',
		label: '效力状态',
		kind: 'choice',
		values: (corpus, c) => [statusLabel(c.data.lifecycle?.status ?? corpus.doc.get(c.doc)?.data.lifecycle.status ?? '未知')],
		order: () => LIFECYCLE_STATUSES.map(statusLabel),
	},
] as const satisfies readonly FilterDef[];

export type FilterKey = (typeof FILTERS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTERS.map((f) => f.key);

/** Filters whose values follow the unit hierarchy, with the units a clause names under each (ids). */
export const HIERARCHY_FILTERS = { unit: responsibleUnits, role: addressedUnits } as const;
export type HierarchyKey = keyof typeof HIERARCHY_FILTERS;

/** Every filter value of a clause, by filter key (the `value` filter of target numbers included). */
export function clauseFilters(corpus: Corpus, clause: CorpusClause): Record<FilterKey | typeof VALUE_FILTER, string[]> {
	const out = Object.fromEntries(FILTERS.map((f) => [f.key, f.values(corpus, clause)])) as Record<FilterKey, string[]>;
	return { ...out, [VALUE_FILTER]: unique(clause.data.targets.map((t) => targetValue(t.value))) };
}

/** Position of a clause in the whole corpus (document order, then clause order), fixed width so it sorts as text too. */
export function clauseSortKey(corpus: Corpus, clause: CorpusClause): string {
	const docOrder = corpus.doc.get(clause.doc)?.data.order ?? 0;
	return String(docOrder * 10_000 + clause.data.order).padStart(6, '0');
}

export interface FilterChoice {
	key: FilterKey;
	label: string;
	kind: 'choice' | 'flag';
	hint?: string;
	/** The values some clause has, in the filter's order (documents by date, units and topics as listed). */
	options: string[];
}

/** What the search page offers for each filter: only values that some clause has (a filter no clause has is left out). */
export function filterChoices(corpus: Corpus): FilterChoice[] {
	return FILTERS.map((f: FilterDef) => {
		const present: string[] = [];
		for (const c of corpus.clauses) for (const v of f.values(corpus, c)) if (!present.includes(v)) present.push(v);
		const order = f.order?.(corpus);
		const options = order ? [...order.filter((v) => present.includes(v)), ...present.filter((v) => !order.includes(v))] : present;
		return { key: f.key as FilterKey, label: f.label, kind: f.kind, ...(f.hint ? { hint: f.hint } : {}), options };
	}).filter((c) => c.options.length > 0);
}

/** Every clause's filter values in corpus order, each [key, value] pair once (src/lib/search/filter-postings.ts). */
export function clauseFilterValues(corpus: Corpus): ClauseFilterValues {
	const values: [string, string][] = [];
	const index = new Map<string, number>();
	const clauses = corpus.clauses.map((c) =>
		Object.entries(clauseFilters(corpus, c)).flatMap(([key, vs]) =>
			vs.map((value) => {
				const k = `${key}\u0000${value}`;
				let i = index.get(k);
				if (i === undefined) {
					i = values.push([key, value]) - 1;
					index.set(k, i);
				}
				return i;
			}),
		),
	);
	return { values, clauses };
}
