import type { z } from 'astro/zod';
import type { documentLifecycle } from '../../schema/lifecycle';
import { NOT_STATED } from '../../schema/lifecycle';
import type { Ref } from '../../schema/ref';
import { locate, phraseBefore } from '../../content/rules/text';
import { asciiDigits, parseChineseNumber } from '../numbering';
import { horizonOf } from './periods';
import { isoDate } from './metadata';
import { squash } from './text';

export type LifecycleDraft = z.input<typeof documentLifecycle>;

export interface LifecycleClause {
	id: string;
	kind: string;
	title?: string;
	/** The plain text validation sees. */
	text: string;
	refs: Ref[];
}

/** 文种 as printed at the end of a title, longest first (实施意见 before 意见). */
const TYPES = ['实施意见', '指导意见', '若干意见', '实施方案', '工作方案', '行动方案', '若干措施', '实施办法', '管理办法', '实施细则', '意见', '方案', '措施', '办法', '细则', '规定', '决定', '通知', '通告', '批复', '要点', '规划', '计划', '函'];

/** The 文种 a title ends with (管理办法 is an 办法: the type, not its subject). */
export function typeOf(title: string): string | undefined {
	const t = squash(title).replace(/[》”"]+$/u, '');
	const name = TYPES.find((x) => t.endsWith(x));
	return name === '管理办法' ? '办法' : name;
}

/** Where a document without a title line names its 文种: 现就深化产教融合提出如下实施意见. */
const TYPE_IN_TEXT = new RegExp(`(?:现就|特)[^。；，]{0,30}?(?:提出|制定)(?:如下|以下)?(${TYPES.join('|')})`, 'u');
const EFFECTIVE_ON_ISSUE = /自(?:印发|发布|公布)之日起(?:施行|执行|实施|生效)/u;
const EFFECTIVE_ON_DATE = /自\s*([0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)\s*起(?:施行|执行|实施|生效)/u;
const VALIDITY = /有效期(?:为)?\s*([0-9０-９]+|[一二两三四五六七八九十])\s*年/u;
const WITHIN = /用\s*([0-9０-９]+|[一二两三四五六七八九十])\s*年(左右)?时间/u;
/** The article that says why a regulation is made (第一条 为贯彻落实《…》，…，制定本办法). */
const PURPOSE = /^为[^。]*(?:制定|特制定|制订)本(?:办法|方案|措施|规定|细则|意见)/u;
/** Words that make a preamble's reference the document it implements. */
const IMPLEMENTS_VERB = /(?:贯彻落实|贯彻|落实)/u;

const count = (n: string) => (/[0-9０-９]/.test(n) ? Number(asciiDigits(n)) : parseChineseNumber(n));

/** The document's own horizon, from its goal clauses: 到2025年, 到“十四五”末, 用3年左右时间 (never an expiry). */
function planningPeriod(clauses: LifecycleClause[]): LifecycleDraft['planningPeriod'] {
	for (const c of clauses.filter((x) => x.kind === 'goal' || /目标/.test(x.title ?? ''))) {
		const by = horizonOf(c.text);
		const within = c.text.match(WITHIN);
		const byAt = by ? c.text.indexOf(by.words) : -1;
		if (within && (byAt < 0 || within.index! < byAt)) return { kind: 'within', months: count(within[1]!) * 12, approx: Boolean(within[2]), words: within[0], clause: c.id };
		if (by?.year !== undefined && byAt >= 0) return { kind: 'by', year: by.year, words: by.words, clause: c.id };
	}
	return undefined;
}

/**
 * The relations the preamble (an enclosed text's opening, a regulation's purpose article) states: 为贯彻落实《…》 →
 * implements,
 * for each reference the clause carries as `implements` (a `refs` entry is what validation asks the relation to have).
 */
function relations(clauses: LifecycleClause[], self: string): NonNullable<LifecycleDraft['relations']> {
	const out: NonNullable<LifecycleDraft['relations']> = [];
	for (const c of clauses.filter((x) => x.kind === 'preamble' || x.id === 'intro' || PURPOSE.test(x.text))) {
		let end = 0;
		for (const r of c.refs) {
			if (r.relation !== 'implements' || r.doc === self || (!r.doc && !r.external)) continue;
			if (out.some((x) => (r.doc ? x.doc === r.doc : x.external === r.external))) continue;
			const span = locate(r.quote, c.text);
			if (!span) continue;
			// The words of the relation: its phrase from the verb (为贯彻落实《…》), a second title of the same phrase
			// from the word that joins it to the first (和《…》).
			const start = Math.max(span.start - phraseBefore(c.text, span).length, end);
			const before = c.text.slice(start, span.start);
			const verb = before.search(IMPLEMENTS_VERB);
			const from = verb < 0 ? start : start + verb - (before[verb - 1] === '为' ? 1 : 0);
			end = span.end;
			out.push({ relation: 'implements', ...(r.doc ? { doc: r.doc } : { external: r.external }), quote: c.text.slice(from, span.end), clause: c.id });
		}
	}
	return out;
}

/**
 * A document's lifecycle as its own text states it: the 文种 of its title (and of the text it encloses), its
 * planning period, when it takes effect and for how long, and what it implements — each with the words that state
 * it. Whether it is in force today no text of its own can say: status 未知, evidence 原文未载, until a text in the
 * corpus states otherwise.
 */
export function extractLifecycle(printed: { role: string; text: string }[], clauses: LifecycleClause[], self: string): LifecycleDraft {
	const l: LifecycleDraft = { status: '未知', evidence: NOT_STATED, relations: [] };
	const titleLines = printed.filter((p) => p.role === 'title').map((p) => p.text);
	const title = titleLines.join('');
	const name = title ? typeOf(title) : undefined;
	if (name && title.includes(name)) l.type = { name, quote: title };
	else {
		const c = clauses.find((x) => x.kind === 'preamble' && TYPE_IN_TEXT.test(x.text));
		const m = c?.text.match(TYPE_IN_TEXT);
		if (c && m) l.type = { name: m[1]!, quote: m[0], clause: c.id };
	}
	const enclosed = squash(title).match(/印发《([^《》]+)》/u)?.[1];
	if (enclosed) {
		const heading = printed.find((p) => p.role === 'heading' && squash(p.text) === enclosed)?.text;
		const quote = heading ?? enclosed;
		const kind = typeOf(enclosed);
		if (kind && quote.includes(kind)) l.enclosedType = { name: kind, quote };
	}
	const period = planningPeriod(clauses);
	if (period) l.planningPeriod = period;
	for (const c of clauses) {
		const onIssue = c.text.match(EFFECTIVE_ON_ISSUE);
		const onDate = c.text.match(EFFECTIVE_ON_DATE);
		const date = onDate ? isoDate(onDate[1]!) : null;
		if (!l.effective && onDate && date) l.effective = { kind: 'from-date', date, quote: onDate[0], clause: c.id };
		else if (!l.effective && onIssue) l.effective = { kind: 'from-issue', quote: onIssue[0], clause: c.id };
		const v = c.text.match(VALIDITY);
		if (!l.validity && v) l.validity = { years: count(v[1]!), quote: v[0], clause: c.id };
	}
	l.relations = relations(clauses, self);
	return l;
}

/** One line for the ingest summary: what the draft says of the document's lifecycle, and from which clause. */
export function describeLifecycle(l: LifecycleDraft): string {
	const at = (clause?: string) => (clause ? ` (${clause})` : '');
	return [
		`${l.status ?? '未知'} · ${typeof l.evidence === 'string' || !l.evidence ? NOT_STATED : l.evidence.quote}`,
		l.type && `文种 ${l.type.name}${at(l.type.clause)}${l.enclosedType ? `, encloses ${l.enclosedType.name}` : ''}`,
		l.planningPeriod && `planning period ${l.planningPeriod.words}${at(l.planningPeriod.clause)}`,
		l.effective && `effective ${l.effective.quote}${at(l.effective.clause)}`,
		l.validity && `valid ${l.validity.quote}${at(l.validity.clause)}`,
		...(l.relations ?? []).map((r) => `${r.relation} ${r.doc ?? r.external}${at(r.clause)}`),
	]
		.filter(Boolean)
		.join('; ');
}
