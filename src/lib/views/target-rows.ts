import { countedClauses, type Corpus, type CorpusClause, type CorpusDoc } from '../corpus';
import { perCorpus } from '../corpus/unit-index';
import type { Target } from '../schema/target';
import type { FormLimit } from '../schema/form-limit';
import { COMPARATOR_LABEL } from './format';

/** When a target is due, normalised for sorting, filtering and the chart. */
export interface Horizon {
	kind: 'by' | 'every' | 'within' | 'none';
	/** Short Chinese label (`到2025年`, `每年`, `3年内`, `未定时限`). */
	label: string;
	/** Orders rows: deadline years first (ascending), then durations, then recurrences, then none. */
	sortKey: number;
	/** Chart series the target belongs to. */
	bucket: { key: string; label: string };
}

const years = (months: number) => (months % 12 === 0 ? `${months / 12}年` : `${months}个月`);

export function horizonOf(t: Target): Horizon {
	const p = t.period;
	if (!p) return { kind: 'none', label: '未定时限', sortKey: 99_999, bucket: { key: 'none', label: '未定时限' } };
	if (p.kind === 'by') {
		const label = p.year ? `到${p.year}年` : p.words;
		return { kind: 'by', label, sortKey: p.year ?? 9_999, bucket: { key: `by-${p.year ?? 'open'}`, label } };
	}
	const months = p.months ?? 0;
	if (p.kind === 'within') return { kind: 'within', label: `${years(months)}内`, sortKey: 10_000 + months, bucket: { key: 'within', label: '限期内完成' } };
	return { kind: 'every', label: months === 12 ? '每年' : `每${years(months)}`, sortKey: 20_000 + months, bucket: { key: 'every', label: '周期性' } };
}

/** `不少于1000人`, `20个左右`: the value as a reader says it. */
export function targetValueText(t: Target): string {
	return `${COMPARATOR_LABEL[t.comparator] ?? ''}${t.value}${t.unit}${t.approx ? '左右' : ''}`;
}

/** `不超过200字`, `16磅`, or the instruction's own words when it has no number (字体为仿宋_GB2312). */
export function formLimitText(f: FormLimit): string {
	return f.value === undefined ? f.quote : `${COMPARATOR_LABEL[f.comparator] ?? ''}${f.value}${f.unit ?? ''}`;
}

/**
 * Who carries a clause's targets: its 责任单位 (lead first) where curated; otherwise the actors of its
 * obligations, which the pages label as such, since the text names no 责任单位.
 */
export function targetCarriers(clause: CorpusClause): { units: string[]; source: 'responsible' | 'actors' | 'none' } {
	const r = clause.data.responsible;
	if (r.length) return { units: [...new Set([...r.filter((x) => x.role === 'lead'), ...r.filter((x) => x.role === 'co')].map((x) => x.unit))], source: 'responsible' };
	const actors = [...new Set(clause.data.obligations.flatMap((o) => o.actors))];
	return actors.length ? { units: actors, source: 'actors' } : { units: [], source: 'none' };
}

export interface TargetRow {
	/** `<doc>/<clause>#<n>`: unique. */
	key: string;
	clause: CorpusClause;
	target: Target;
	horizon: Horizon;
	carriers: ReturnType<typeof targetCarriers>;
}

/**
 * Every policy target in the corpus, in document and clause order. Form instructions (不超过200字) are `formLimits`,
 * not targets, and clauses flagged `duplicate` are left out.
 */
export const targetRows = (corpus: Corpus): TargetRow[] => allTargetRows(corpus, '');
const allTargetRows = perCorpus((corpus): TargetRow[] =>
	countedClauses(corpus).flatMap((clause) => {
		const carriers = targetCarriers(clause);
		return clause.data.targets.map((target, i) => ({ key: `${clause.key}#${i}`, clause, target, horizon: horizonOf(target), carriers }));
	}),
);

export interface HorizonMatrix {
	/** Series in display order: deadline years ascending, then 限期内, 周期性, 未定时限. */
	buckets: { key: string; label: string }[];
	rows: { doc: CorpusDoc; counts: Record<string, number>; total: number }[];
}

/** Targets counted per document and horizon, for the chart and its table. Documents without targets are left out. */
export function horizonMatrix(corpus: Corpus, rows: TargetRow[]): HorizonMatrix {
	const buckets = new Map<string, { key: string; label: string; sortKey: number }>();
	for (const r of rows) {
		const b = buckets.get(r.horizon.bucket.key);
		buckets.set(r.horizon.bucket.key, { ...r.horizon.bucket, sortKey: Math.min(b?.sortKey ?? Infinity, r.horizon.kind === 'by' ? r.horizon.sortKey : r.horizon.kind === 'within' ? 10_000 : r.horizon.kind === 'every' ? 20_000 : 99_999) });
	}
	const ordered = [...buckets.values()].sort((a, b) => a.sortKey - b.sortKey).map(({ key, label }) => ({ key, label }));
	return {
		buckets: ordered,
		rows: corpus.docs
			.map((doc) => {
				const mine = rows.filter((r) => r.clause.doc === doc.slug);
				const counts = Object.fromEntries(ordered.map((b) => [b.key, mine.filter((r) => r.horizon.bucket.key === b.key).length]));
				return { doc, counts, total: mine.length };
			})
			.filter((r) => r.total > 0),
	};
}
