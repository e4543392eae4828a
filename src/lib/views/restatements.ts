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

/** Longest run of characters two texts share (white space ignored): the words one repeats from the other. */
export function sharedPhrase(a: string, b: string, cap = 1200): string {
	const x = a.replace(/\s+/g, '').slice(0, cap);
	const y = b.replace(/\s+/g, '').slice(0, cap);
	let best = 0;
	let end = 0;
	let prev = new Uint16Array(y.length + 1);
	let row = new Uint16Array(y.length + 1);
	for (let i = 1; i <= x.length; i++) {
		for (let j = 1; j <= y.length; j++) {
			row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : 0;
			if (row[j]! > best) {
				best = row[j]!;
				end = i;
			}
		}
		[prev, row] = [row, prev];
	}
	return x.slice(end - best, end);
}

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
	for (const l of related) {
		const other = corpus.clause.get(l.key);
		if (!other || other.doc === clause.doc || !l.reasons.some((r) => r.kind === 'text')) continue;
		add({ clause: other, relation: 'similar', direction: 'in', evidence: sharedPhrase(clause.text, other.text), similarity: l.similarity });
	}
	return out;
}
