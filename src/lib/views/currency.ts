import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { NOT_STATED, type DocumentLifecycle, type Evidence, type LifecycleStatus } from '../schema/lifecycle';
import { formatDate } from './format';
import { locator } from '../citations/citation';

/**
 * What the currency banner says about a document or clause: its status and the words that state it, the
 * dates a text states, and the document's own planning period with whether it has passed on `today`.
 * A passed planning period is only that: the banner never infers that the policy lapsed.
 */

/** Where the words of a piece of evidence are, for a link. */
export interface EvidenceView {
	quote: string;
	/** The page that holds them. */
	href: string;
	/** 《…》（发文字号）位置, short. */
	where: string;
}

export interface PlanningView {
	/** The words of the text (用 3年左右时间). */
	words: string;
	/** When the period ends, as a sentence (2025年底, 约2026年12月). */
	ends: string | null;
	/** null when the end cannot be computed (the document's date is not in the text). */
	passed: boolean | null;
	/** The clause that states it. */
	evidence: EvidenceView;
	note?: string;
}

export interface Currency {
	status: LifecycleStatus;
	/** True when a text in the corpus states the status. */
	stated: boolean;
	/** The banner's headline. */
	headline: string;
	evidence: EvidenceView | null;
	/** Whose status it is: the clause's own, or its document's. */
	scope: 'document' | 'clause';
	effective: string | null;
	validity: string | null;
	planning: PlanningView | null;
}

/** A date as `YYYY-MM-DD` in UTC; pages pass the build date, tests a fixed one. */
export type Today = string;

export const todayIso = (d: Date = new Date()): Today => d.toISOString().slice(0, 10);

function evidenceView(corpus: Corpus, e: Evidence, self: CorpusDoc): EvidenceView {
	const doc = corpus.doc.get(e.doc ?? self.slug) ?? self;
	const c = e.clause ? corpus.clause.get(`${doc.slug}/${e.clause}`) : undefined;
	return { quote: e.quote, href: c?.url ?? doc.url, where: `${doc.data.number}${c ? ` ${locator(corpus, c)}` : ' 标题行'}` };
}

/** The end of a planning period: the last day of its year, or the document's date plus its months. */
export function planningEnd(p: NonNullable<DocumentLifecycle['planningPeriod']>, docDate: string | null): string | null {
	if (p.kind === 'by') return p.year === undefined ? null : `${p.year}-12-31`;
	if (!docDate || p.months === undefined) return null;
	const d = new Date(`${docDate}T00:00:00Z`);
	d.setUTCMonth(d.getUTCMonth() + p.months);
	return d.toISOString().slice(0, 10);
}

function planningView(corpus: Corpus, doc: CorpusDoc, today: Today): PlanningView | null {
	const p = doc.data.lifecycle.planningPeriod;
	if (!p) return null;
	const end = planningEnd(p, doc.data.date);
	const [y, m] = end ? end.split('-').map(Number) : [];
	const ends = !end ? null : p.kind === 'by' ? `${y}年底` : `${p.approx ? '约' : ''}${y}年${m}月`;
	return {
		words: p.words,
		ends,
		passed: end ? today > end : null,
		evidence: evidenceView(corpus, { quote: p.words, clause: p.clause }, doc),
		...(p.note ? { note: p.note } : {}),
	};
}

const HEADLINE: Record<LifecycleStatus, string> = {
	现行有效: '现行有效',
	已修改: '已修改',
	已废止: '已废止',
	失效: '失效',
	尚未生效: '尚未生效',
	未知: '效力状态：原文未载，请核对发文机关最新公布',
};

/** The currency of a document, or of a clause (its own status where a text states one, else its document's). */
export function currency(corpus: Corpus, doc: CorpusDoc, today: Today, clause?: CorpusClause): Currency {
	const l = doc.data.lifecycle;
	const own = clause?.data.lifecycle;
	const status = own?.status ?? l.status;
	const ev = own ? own.evidence : l.evidence === NOT_STATED ? null : l.evidence;
	const effective = l.effective ? (l.effective.kind === 'from-issue' ? `自印发之日起（原文：“${l.effective.quote}”）` : `自${formatDate(l.effective.date)}起（原文：“${l.effective.quote}”）`) : null;
	const validity = l.validity ? `有效期${l.validity.years}年（原文：“${l.validity.quote}”）` : null;
	return {
		status,
		stated: ev !== null,
		headline: HEADLINE[status],
		evidence: ev ? evidenceView(corpus, own ? { ...ev, clause: ev.clause ?? (ev.doc ? undefined : clause!.id) } : ev, doc) : null,
		scope: own ? 'clause' : 'document',
		effective,
		validity,
		planning: planningView(corpus, doc, today),
	};
}

export { statusLabel } from '../schema/lifecycle';

/** The date pages are built on, `XIANGCE_TODAY` when set (tests build "as of" a fixed day). */
export const buildToday = (): Today => process.env.XIANGCE_TODAY ?? todayIso();
