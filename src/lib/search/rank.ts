/**
 * Ranking. Pagefind's scores from several searches are fused by reciprocal rank (scores of different searches are
 * not comparable, ranks are); then candidates are compared with the query on the evidence of their words:
 *
 *   6  the title contains the whole query as typed          5  the text does
 *   4  the title contains every term (optional ones too) as typed or as an equivalent (a synonym of the reviewed
 *      table, a unit's other name)                          3  title and text contain every required term so
 *   2  every term is there, some through a related word (a topic's alias), a broader unit, the unit or topic the
 *      clause is attached to (a filter; less when only through a broader unit), the headings it sits under, or the
 *      word a lone character was joined to
 *   1  some terms are there: a partial match, ranked by how many and how rare (idf) the terms found are, so the
 *      rarest terms decide — the relaxation that keeps a question with one word too many from a dead end
 *   0  none
 *
 * Within a tier: for a question (./intents), clauses holding a fact that answers it (./answers `pickFact`) first —
 * after term strength in the partial tier, before it otherwise; then how much of each run of typed words appears
 * side by side, the optional words found (soft words: 时间, 要求…), originals before repeats, and the fused
 * Pagefind ranking (which carries term frequency and clause length).
 *
 * Before a clause's text (its Pagefind fragment) has loaded, the same comparison runs on its heading and on which
 * term searches found it, so results can be listed at once and refined when the texts arrive.
 */
import { EQUIVALENT, type QueryAnalysis, type QueryTerm } from './analyze';
import { matchKey } from './normalize';

export interface RankedList {
	ids: string[];
	weight: number;
	/** False for a set in no meaningful order (a filter without a term): every member counts as first. */
	ranked: boolean;
}

/** Reciprocal-rank fusion: Σ weight / (k + rank). A small k lets the first places of each search count. */
export function fuseRankings(lists: RankedList[], k = 8): Map<string, number> {
	const fused = new Map<string, number>();
	for (const { ids, weight, ranked } of lists) {
		ids.forEach((id, i) => fused.set(id, (fused.get(id) ?? 0) + weight / (k + (ranked ? i : 0) + 1)));
	}
	return fused;
}

/** Ids by fused score, best first; ties keep the order of first appearance. */
export function fusedOrder(fused: Map<string, number>): string[] {
	return [...fused.keys()].map((id, i) => ({ id, i, s: fused.get(id)! })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.id);
}

/**
 * The candidates worth loading and comparing: the best `depth` by `order`, and the first `perList` of every search
 * (so a search whose results all score low, like the clauses of a named unit, is still looked at), in `order`.
 */
export function candidatePool(order: string[], lists: string[][], depth: number, perList: number): string[] {
	const wanted = new Set([...order.slice(0, depth), ...lists.flatMap((ids) => ids.slice(0, perList))]);
	return order.filter((id) => wanted.has(id));
}

/**
 * The runs of two or more characters of `needle` found in `hay`, taken greedily longest first from the left, as
 * [start, end) ranges in `needle`. A one-character needle is its own run when present.
 */
export function coveringRuns(needle: string, hay: string): [number, number][] {
	const chars = [...needle];
	if (chars.length === 1) return hay.includes(needle) ? [[0, needle.length]] : [];
	const runs: [number, number][] = [];
	let offset = 0;
	for (let i = 0; i < chars.length; ) {
		let best = 0;
		for (let len = chars.length - i; len >= 2; len--) {
			if (hay.includes(chars.slice(i, i + len).join(''))) {
				best = len;
				break;
			}
		}
		const width = (n: number) => chars.slice(i, i + n).join('').length;
		if (best) {
			runs.push([offset, offset + width(best)]);
			offset += width(best);
			i += best;
		} else {
			offset += width(1);
			i += 1;
		}
	}
	return runs;
}

/** Share of the needle's characters found in runs of two or more, 0…1. */
export function coverage(needle: string, hay: string): number {
	if (!needle) return 0;
	return coveringRuns(needle, hay).reduce((n, [a, b]) => n + (b - a), 0) / needle.length;
}

/** How contiguously a run of typed words appears: Σ (piece length)² / (run length)², 1 when it is there whole. */
export function contiguity(run: string, hay: string): number {
	if (!run) return 0;
	return coveringRuns(run, hay).reduce((n, [a, b]) => n + (b - a) ** 2, 0) / run.length ** 2;
}

/** Rarity of a term: ln(1 + N / df). A term in few clauses decides more than one in many. */
export function idf(df: number, total: number): number {
	return Math.log(1 + total / Math.max(1, df));
}

/** What is known about a candidate clause. */
export interface Probe {
	id: string;
	/** The page heading (label and title). */
	title: string;
	/** The headings of the clauses it sits under: a word found there counts, less (`IN_CONTEXT`). */
	context?: string;
	/** The clause text, once its fragment has loaded. */
	content?: string;
	/** The clause repeats another one word for word. */
	duplicate?: boolean;
	/** Term index → the best match weight of the ways of writing it whose Pagefind search found this clause. */
	found: Map<number, number>;
	/** Indices of the named units or topics (terms) the clause is attached to through a filter. */
	attached: Set<number>;
	/** Those of them it is attached to only through a broader unit (a clause of 省直有关部门 for 住建厅). */
	through?: Set<number>;
	/** A number search (the `value` filter of targets) found it. */
	number?: boolean;
	/** The phrase search (the whole query, words side by side) found it: before the text is known, a likely verbatim match. */
	phrase?: boolean;
	/** How well a fact of the clause answers the question (./answers `PickedFact.level`: 3 best … 0 none). */
	intent: number;
}

export interface Evidence {
	tier: number;
	/** Per term of the analysis: how well it matched, 0 (not) … 1 (as typed). */
	matched: number[];
	/** Σ idf × match over the required terms. */
	strength: number;
	/** Σ idf over the optional terms present. */
	bonus: number;
	/** Mean contiguity of the runs of typed words. */
	adjacency: number;
	intent: number;
}

/** Weight of a term found only by a Pagefind search (before the text has loaded, or beyond its words). */
const FOUND_BY_SEARCH = 0.8;
/** Weight of a named unit or topic matched by attachment (the clause is tagged with it, its words need not be there). */
const BY_ATTACHMENT = 0.5;
/** … and only through a broader unit the clause names: it applies, but a clause naming the unit itself comes first. */
const THROUGH_BROADER = 0.25;
/** Weight of a term found only in the headings a clause sits under (推荐书 for a note of the 推荐书 form). */
const IN_CONTEXT = 0.8;

export function evidence(p: Probe, a: QueryAnalysis, idfs: number[]): Evidence {
	const title = matchKey(p.title);
	const body = p.content === undefined ? title : `${title}\u0000${matchKey(p.content)}`;
	const whole = matchKey(a.rest);
	const context = p.context ? matchKey(p.context) : '';
	const matched = a.terms.map((t, i) => {
		let w = Math.max(0, ...t.alternatives.filter((x) => x.key && body.includes(x.key)).map((x) => x.weight));
		if (context) w = Math.max(w, IN_CONTEXT * Math.max(0, ...t.alternatives.filter((x) => x.key && context.includes(x.key)).map((x) => x.weight)));
		// Without the text, a term Pagefind found is taken on its word.
		if (p.content === undefined) w = Math.max(w, (p.found.get(i) ?? 0) * FOUND_BY_SEARCH);
		if (p.attached.has(i)) w = Math.max(w, p.through?.has(i) ? THROUGH_BROADER : BY_ATTACHMENT);
		if (p.number) w = Math.max(w, FOUND_BY_SEARCH);
		return w;
	});
	const req = a.terms.map((t, i) => ({ t, i })).filter(({ t }) => !t.optional);
	// As typed, or as a word that means the same (a unit's other name, a synonym); a lone 交 has no typed form.
	const typed = (t: QueryTerm, hay: string) => t.alternatives.some((x) => x.weight >= EQUIVALENT && x.key && hay.includes(x.key));
	// The title tier needs the optional words too: a question's 条件, 时间 decide between titles that share the rest.
	const inTitle = req.length > 0 && a.terms.every((t) => typed(t, title));
	const inText = req.length > 0 && req.every(({ t }) => typed(t, body));
	let tier = 0;
	if (whole && title.includes(whole)) tier = 6;
	else if (whole && (p.content === undefined ? p.phrase : body.includes(whole))) tier = 5;
	else if (inTitle) tier = 4;
	else if (inText && p.content !== undefined) tier = 3;
	else if (req.length && req.every(({ i }) => matched[i]! > 0)) tier = 2;
	else if (req.some(({ i }) => matched[i]! > 0)) tier = 1;
	const strength = req.reduce((s, { i }) => s + idfs[i]! * matched[i]!, 0);
	const bonus = a.terms.reduce((s, t, i) => s + (t.optional && matched[i]! > 0 ? idfs[i]! : 0), 0);
	const adjacency = a.runs.length ? a.runs.reduce((s, r) => s + contiguity(r, body), 0) / a.runs.length : 0;
	return { tier, matched, strength, bonus, adjacency, intent: p.intent };
}

/** Compare two evidences, better first (negative when `x` ranks above `y`). */
export function compareEvidence(x: Evidence, y: Evidence): number {
	const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
	if (x.tier !== y.tier) return y.tier - x.tier;
	const order: (keyof Evidence)[] = x.tier >= 2 ? ['intent', 'strength'] : ['strength', 'intent'];
	for (const k of [...order, 'adjacency', 'bonus'] as const) {
		const a = x[k] as number;
		const b = y[k] as number;
		if (!close(a, b)) return b - a;
	}
	return 0;
}

/** Candidates best first: by evidence, then originals before repeats, then the fused Pagefind ranking. */
export function rerank<C extends Probe>(candidates: C[], fused: Map<string, number>, a: QueryAnalysis, idfs: number[]): { probe: C; evidence: Evidence }[] {
	return candidates
		.map((c, i) => ({ probe: c, i, e: evidence(c, a, idfs), f: fused.get(c.id) ?? 0 }))
		.sort((x, y) => compareEvidence(x.e, y.e) || Number(x.probe.duplicate ?? false) - Number(y.probe.duplicate ?? false) || y.f - x.f || x.i - y.i)
		.map((x) => ({ probe: x.probe, evidence: x.e }));
}

export interface Relaxation {
	/** Every required term is in the best result (or there are no results). */
	complete: boolean;
	/** Required terms no compared clause contains. */
	missing: string[];
}

/** Whether the results are a partial match, and which words no clause had. */
export function relaxation(a: QueryAnalysis, ranked: Evidence[]): Relaxation {
	const req = a.terms.map((t, i) => ({ t, i })).filter(({ t }) => !t.optional);
	const best = ranked[0];
	if (!best || !req.length || best.tier >= 2) return { complete: true, missing: [] };
	const missing = req.filter(({ i }) => ranked.every((e) => e.matched[i] === 0)).map(({ t }) => t.text);
	return { complete: false, missing };
}
