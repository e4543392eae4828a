/**
 * Ranking. Pagefind's scores from several searches are fused by reciprocal rank (scores of different searches
 * are not comparable, ranks are), then the best candidates are re-ranked by exact-substring evidence:
 *
 *   4  the title contains everything the person typed
 *   3  the text contains everything the person typed
 *   2  the title or text contains a canonical name or alias of what they typed
 *   1  the clause is attached to what they named (a unit, topic or number, through a filter)
 *   0  otherwise
 *
 * then by how much of the query appears in runs of two or more characters
 *
 * then clauses that repeat another clause word for word after the others, and then the fused Pagefind ranking
 * (which carries term frequency and clause length).
 */
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
 * The candidates worth loading and comparing: the first `perList` of every search (so a search whose results
 * all score low in the fusion, like the clauses of a named unit, is still looked at), then the best fused, up to
 * `depth` in all.
 */
export function candidatePool(order: string[], lists: string[][], depth: number, perList: number): string[] {
	const pool = new Set<string>();
	const firsts = new Set(lists.flatMap((ids) => ids.slice(0, perList)));
	for (const id of order) if (firsts.has(id)) pool.add(id);
	for (const id of order) {
		if (pool.size >= depth) break;
		pool.add(id);
	}
	return [...pool];
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

export interface Evidence {
	tier: number;
	/** Mean coverage of the needles, 0…1. */
	coverage: number;
}

/** What a clause is compared with: see `QueryPlan` in ./plan. */
export interface Expectation {
	needles: string[];
	related: string[];
	/** Ids of the clauses attached to a unit, topic or number the query named. */
	attached: Set<string>;
}

/** How well a clause (its title and its text, as Pagefind indexed it) matches the query's needles. */
export function evidence(title: string, content: string, needles: string[], related: string[], attached = false): Evidence {
	const t = matchKey(title);
	const body = `${t}\u0000${matchKey(content)}`;
	const cov = needles.length ? needles.reduce((s, n) => s + coverage(n, body), 0) / needles.length : 0;
	if (needles.length && needles.every((n) => t.includes(n))) return { tier: 4, coverage: cov };
	if (needles.length && needles.every((n) => body.includes(n))) return { tier: 3, coverage: cov };
	if (related.some((r) => r && body.includes(r))) return { tier: 2, coverage: cov };
	return { tier: attached ? 1 : 0, coverage: cov };
}

export interface Candidate {
	id: string;
	title: string;
	content: string;
	/** The clause repeats another one word for word. */
	duplicate?: boolean;
}

/** Candidates best first: by tier, then coverage, then originals before repeats, then the fused Pagefind ranking. */
export function rerank<C extends Candidate>(candidates: C[], fused: Map<string, number>, expect: Expectation): C[] {
	return candidates
		.map((c, i) => ({ c, i, e: evidence(c.title, c.content, expect.needles, expect.related, expect.attached.has(c.id)), f: fused.get(c.id) ?? 0 }))
		.sort((a, b) => b.e.tier - a.e.tier || b.e.coverage - a.e.coverage || Number(a.c.duplicate ?? false) - Number(b.c.duplicate ?? false) || b.f - a.f || a.i - b.i)
		.map((x) => x.c);
}
