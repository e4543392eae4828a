/**
 * Search filters: what each clause page declares to Pagefind (`data-pagefind-filter`), and the choices the search
 * page offers. Both come from here, so a choice always matches what the pages declare. Values are the Chinese
 * names readers see; keys are short ASCII words used in URLs (`/search/?q=…&topic=双师型教师`).
 */
import type { Corpus, CorpusClause } from '../corpus';
import { MODALITY_LABEL, MODALITY_ORDER } from '../views/format';
import { targetValue, VALUE_FILTER } from './number-query';
import { LIFECYCLE_STATUSES, statusLabel } from '../schema/statuses';

export const FILTERS = [
	{ key: 'doc', label: '文件', kind: 'choice' },
	{ key: 'issuer', label: '发文机关', kind: 'choice' },
	{ key: 'unit', label: '责任单位', kind: 'choice' },
	{ key: 'role', label: '主送对象', kind: 'choice' },
	{ key: 'topic', label: '主题', kind: 'choice' },
	{ key: 'modality', label: '约束程度', kind: 'choice' },
	{ key: 'target', label: '含量化目标', kind: 'flag' },
	{ key: 'deadline', label: '含期限', kind: 'flag' },
	{ key: 'status', label: '效力状态', kind: 'choice' },
] as const;

export type FilterKey = (typeof FILTERS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTERS.map((f) => f.key);

/** The value a flag filter holds when it is set. */
export const FLAG_VALUE = '是';

const unique = (xs: string[]) => [...new Set(xs)];

/** Every filter value of a clause, by filter key (the `value` filter included). */
export function clauseFilters(corpus: Corpus, clause: CorpusClause): Record<FilterKey | typeof VALUE_FILTER, string[]> {
	const doc = corpus.doc.get(clause.doc);
	const unitName = (id: string) => corpus.unit.get(id)?.name ?? id;
	const d = clause.data;
	return {
		doc: doc ? [doc.data.number] : [],
		issuer: unique((doc?.data.issuers ?? []).map(unitName)),
		unit: unique(d.responsible.map((r) => unitName(r.unit))),
		role: unique((doc?.data.addresseeRoles ?? []).map(unitName)),
		topic: unique(d.topics.map((t) => corpus.topic.get(t)?.name ?? t)),
		modality: MODALITY_ORDER.filter((m) => d.obligations.some((o) => o.modality === m)).map((m) => MODALITY_LABEL[m]),
		target: d.targets.length ? [FLAG_VALUE] : [],
		deadline: d.deadlines.length ? [FLAG_VALUE] : [],
		value: unique(d.targets.map((t) => targetValue(t.value))),
		status: [statusLabel(d.lifecycle?.status ?? doc?.data.lifecycle.status ?? '未知')],
	};
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
	/** The values some clause has, in the order of content/ (documents by date, units and topics as listed). */
	options: string[];
}

/** What the search page offers for each filter: only values that some clause has. */
export function filterChoices(corpus: Corpus): FilterChoice[] {
	const present = new Map<FilterKey, Set<string>>(FILTER_KEYS.map((k) => [k, new Set()]));
	for (const c of corpus.clauses) {
		const f = clauseFilters(corpus, c);
		for (const k of FILTER_KEYS) for (const v of f[k]) present.get(k)!.add(v);
	}
	const canonicalOrder: Record<FilterKey, string[]> = {
		doc: corpus.docs.map((d) => d.data.number),
		issuer: corpus.units.map((u) => u.name),
		unit: corpus.units.map((u) => u.name),
		role: corpus.units.map((u) => u.name),
		topic: corpus.topics.map((t) => t.name),
		modality: MODALITY_ORDER.map((m) => MODALITY_LABEL[m]),
		target: [FLAG_VALUE],
		deadline: [FLAG_VALUE],
		status: LIFECYCLE_STATUSES.map(statusLabel),
	};
	return FILTERS.map((f) => ({ ...f, options: canonicalOrder[f.key].filter((v) => present.get(f.key)!.has(v)) }));
}
