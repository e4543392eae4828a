import type { Corpus, CorpusClause } from '../corpus';
import type { RelatedLink } from '../corpus/related';
import { refsTo } from '../citations/references';

/**
 * The clauses elsewhere that restate or implement a clause, each with its evidence: a curated reference (the words
 * that cite it), or text similarity from the related-clause data (the longest run of words the two share).
 */

export interface Restatement {
	clause: CorpusClause;
	/** restates / implements: a curated reference; similar: close text, a likely restatement. */
	relation: 'restates' | 'implements' | 'similar';
	/** in: the other clause refers to this one; out: this one refers to it. */
	direction: 'in' | 'out';
	/** The quote of the reference, or the shared words. */
	evidence: string;
	similarity?: number;
}

/**
 * Longest run of characters two texts share (white space ignored): the words one repeats from the other. A suffix
 * automaton of the first text, walked along the second, finds it in time linear in both lengths (a table over both
 * would be quadratic, and every clause page asks it of each of its similar clauses).
 */
export function sharedPhrase(a: string, b: string): string {
	const x = a.replace(/\s+/g, '');
	const y = b.replace(/\s+/g, '');
	const next: Map<string, number>[] = [new Map()];
	const link: number[] = [-1];
	const len: number[] = [0];
	let last = 0;
	for (const ch of x) {
		const cur = next.push(new Map()) - 1;
		len[cur] = len[last]! + 1;
		let p = last;
		while (p !== -1 && !next[p]!.has(ch)) {
			next[p]!.set(ch, cur);
			p = link[p]!;
		}
		if (p === -1) link[cur] = 0;
		else {
			const q = next[p]!.get(ch)!;
			if (len[p]! + 1 === len[q]) link[cur] = q;
			else {
				const clone = next.push(new Map(next[q])) - 1;
				len[clone] = len[p]! + 1;
				link[clone] = link[q]!;
				while (p !== -1 && next[p]!.get(ch) === q) {
					next[p]!.set(ch, clone);
					p = link[p]!;
				}
				link[q] = clone;
				link[cur] = clone;
			}
		}
		last = cur;
	}
	let state = 0;
	let run = 0;
	let best = 0;
	let ends: number[] = [];
	const ys = [...y];
	ys.forEach((ch, i) => {
		while (state !== 0 && !next[state]!.has(ch)) {
			state = link[state]!;
			run = len[state]!;
		}
		if (next[state]!.has(ch)) {
			state = next[state]!.get(ch)!;
			run++;
		}
		if (run > best) {
			best = run;
			ends = [];
		}
		if (run === best && best > 0) ends.push(i + 1);
	});
	if (!best) return '';
	// Of equally long runs, the one that ends first in the first text (as reading it from the start finds it).
	const at = (sub: string) => x.indexOf(sub);
	const runs = [...new Set(ends.map((e) => ys.slice(e - best, e).join('')))];
	return runs.reduce((a, b) => (at(b) < at(a) ? b : a));
}

/** Similar clauses shown as likely restatements, best first: enough to follow a measure, not a list of its echoes. */
export const MAX_SIMILAR = 10;

export function restatements(corpus: Corpus, clause: CorpusClause, related: RelatedLink[]): Restatement[] {
	const out: Restatement[] = [];
	const seen = new Set<string>([clause.key]);
	const add = (r: Restatement) => {
		if (seen.has(r.clause.key)) return;
		seen.add(r.clause.key);
		out.push(r);
	};
	for (const { from, ref } of refsTo(corpus, { doc: clause.doc, clause: clause.id })) {
		if (ref.relation !== 'cites') add({ clause: from, relation: ref.relation, direction: 'in', evidence: ref.quote });
	}
	for (const ref of clause.data.refs) {
		const target = ref.doc && ref.clause ? corpus.clause.get(`${ref.doc}/${ref.clause}`) : undefined;
		if (target && ref.relation !== 'cites') add({ clause: target, relation: ref.relation, direction: 'out', evidence: ref.quote });
	}
	let similar = 0;
	for (const l of related) {
		if (similar >= MAX_SIMILAR) break;
		const other = corpus.clause.get(l.key);
		if (!other || other.doc === clause.doc || !l.reasons.some((r) => r.kind === 'text') || seen.has(other.key)) continue;
		similar++;
		add({ clause: other, relation: 'similar', direction: 'in', evidence: sharedPhrase(clause.text, other.text), similarity: l.similarity });
	}
	return out;
}
