/**
 * The related-clause index as it was before issue 11 (commit 9b6df30, src/lib/corpus/related.ts), kept only so
 * `npm run bench -- related` can time the old method beside the new one. It scores every pair of clauses that
 * shares a bigram with positive weight through a full inverted index: exact, but all-pairs in practice, since a few
 * bigrams (职业, 教育, 企业) occur in most clauses. Not used by the site.
 */
import { MAX_RELATED, RELATED_THRESHOLDS, tfidfVectors, comparableText, type RelatedInput, type RelatedLink, type RelatedReason } from '../../../src/lib/corpus/related';

/** Pairs scored by the last call (a pair is scored when it meets in a posting list). */
export const invertedStats = { scored: 0 };

const curated = (l: RelatedLink) => (l.reasons.some((r) => r.kind === 'ref') ? 1 : 0);
const byRelevance = (x: RelatedLink, y: RelatedLink) => curated(y) - curated(x) || y.similarity - x.similarity || x.key.localeCompare(y.key);

export function relatedIndexInverted(clauses: RelatedInput[], thresholds = RELATED_THRESHOLDS): Map<string, RelatedLink[]> {
	invertedStats.scored = 0;
	const vectors = tfidfVectors(clauses.map(comparableText));
	const n = clauses.length;
	// Postings in ascending clause order, so a clause meets only the clauses after it.
	const postings = new Map<string, { at: number[]; w: number[] }>();
	vectors.forEach((v, i) => {
		for (const [g, x] of v) {
			if (x <= 0) continue;
			const p = postings.get(g) ?? { at: [], w: [] };
			p.at.push(i);
			p.w.push(x);
			postings.set(g, p);
		}
	});
	const position = new Map(clauses.map((c, i) => [c.key, i]));
	const refPartners = new Map<number, Set<number>>();
	clauses.forEach((c, i) => {
		for (const r of c.refs) {
			const j = r.doc && r.clause ? position.get(`${r.doc}/${r.clause}`) : undefined;
			if (j === undefined || j === i) continue;
			for (const [x, y] of [[i, j], [j, i]] as const) (refPartners.get(x) ?? refPartners.set(x, new Set()).get(x)!).add(y);
		}
	});
	const index = new Map<string, RelatedLink[]>(clauses.map((c) => [c.key, []]));
	const add = (key: string, link: RelatedLink) => {
		const list = index.get(key)!;
		list.push(link);
		if (list.length > 2 * MAX_RELATED) list.splice(0, list.length, ...list.sort(byRelevance).slice(0, MAX_RELATED));
	};
	const refOf = (a: RelatedInput, b: RelatedInput) => a.refs.find((r) => r.doc && r.clause && `${r.doc}/${r.clause}` === b.key);
	const dot = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const touched = new Set<number>();
		for (const [g, x] of vectors[i]!) {
			const p = postings.get(g);
			if (!p) continue;
			for (let k = p.at.length - 1; k >= 0 && p.at[k]! > i; k--) {
				const j = p.at[k]!;
				dot[j] += x * p.w[k]!;
				touched.add(j);
			}
		}
		for (const j of refPartners.get(i) ?? []) if (j > i) touched.add(j);
		const a = clauses[i]!;
		invertedStats.scored += touched.size;
		for (const j of touched) {
			const b = clauses[j]!;
			const similarity = dot[j]!;
			dot[j] = 0;
			if (a.doc === b.doc) continue;
			const shared = a.topics.filter((t) => b.topics.includes(t));
			const ab = refOf(a, b);
			const ba = refOf(b, a);
			const byText = similarity >= thresholds.text;
			const byTopic = shared.length > 0 && similarity >= thresholds.topicText;
			if (!ab && !ba && !byText && !byTopic) continue;
			const reasons = (forA: boolean): RelatedReason[] => {
				const r: RelatedReason[] = [];
				const ref = forA ? ab : ba;
				const back = forA ? ba : ab;
				if (ref) r.push({ kind: 'ref', relation: ref.relation, outgoing: true });
				if (back) r.push({ kind: 'ref', relation: back.relation, outgoing: false });
				if (byText) r.push({ kind: 'text' });
				if (byTopic || byText) for (const t of shared) r.push({ kind: 'topic', topic: t });
				return r;
			};
			add(a.key, { key: b.key, similarity, reasons: reasons(true) });
			add(b.key, { key: a.key, similarity, reasons: reasons(false) });
		}
	}
	for (const [key, list] of index) index.set(key, list.sort(byRelevance).slice(0, MAX_RELATED));
	return index;
}

