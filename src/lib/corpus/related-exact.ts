import { byRelevance, comparableText, MAX_RELATED, pairLinks, RELATED_THRESHOLDS, sparseDot, tfidfSparse, type RelatedInput, type RelatedLink, type RelatedThresholds } from './related';

/**
 * The definition of the related lists, computed the slow way: every pair of clauses in different documents is
 * scored and put to the rule (`pairLinks`), and each clause keeps its `maxRelated` best. O(n²) — for tests and the
 * benchmark, which hold `relatedIndex` to it; the site uses `relatedIndex`.
 */
export function relatedIndexAllPairs(clauses: RelatedInput[], thresholds: RelatedThresholds = RELATED_THRESHOLDS, maxRelated = MAX_RELATED): Map<string, RelatedLink[]> {
	const { ids, w } = tfidfSparse(clauses.map(comparableText));
	const lists: RelatedLink[][] = clauses.map(() => []);
	for (let i = 0; i < clauses.length; i++) {
		for (let j = i + 1; j < clauses.length; j++) {
			if (clauses[i]!.doc === clauses[j]!.doc) continue;
			const similarity = sparseDot(ids[i]!, w[i]!, ids[j]!, w[j]!);
			const links = pairLinks(clauses[i]!, clauses[j]!, similarity, thresholds);
			if (!links) continue;
			lists[i]!.push(links[0]);
			lists[j]!.push(links[1]);
		}
	}
	return new Map(clauses.map((c, i) => [c.key, lists[i]!.sort(byRelevance).slice(0, maxRelated)]));
}

/**
 * How two related indexes differ, one line per clause whose list is not the same (keys, order, reasons and
 * similarity within `tolerance`); empty when they agree. A near-tie (similarities within `tolerance`) may be
 * ordered either way, including across the cut at `maxRelated`, when the two were summed in different orders.
 */
export function relatedDifferences(expected: Map<string, RelatedLink[]>, actual: Map<string, RelatedLink[]>, tolerance = 0): string[] {
	const out: string[] = [];
	const keys = new Set([...expected.keys(), ...actual.keys()]);
	const show = (l: RelatedLink) => `${l.key} ${l.similarity.toFixed(6)} ${l.reasons.map((r) => (r.kind === 'topic' ? r.topic : r.kind === 'ref' ? `ref:${r.relation}${r.outgoing ? '→' : '←'}` : r.kind)).join(',')}`;
	const same = (a: RelatedLink, b: RelatedLink) => a.key === b.key && Math.abs(a.similarity - b.similarity) <= tolerance && JSON.stringify(a.reasons) === JSON.stringify(b.reasons);
	for (const key of keys) {
		const e = expected.get(key) ?? [];
		const a = actual.get(key) ?? [];
		if (e.length === a.length && e.every((l, i) => same(l, a[i]!))) continue;
		if (tolerance > 0 && e.length === a.length && nearTiesOnly(e, a, tolerance)) continue;
		const missing = e.filter((l) => !a.some((m) => same(l, m)));
		const extra = a.filter((l) => !e.some((m) => same(l, m)));
		out.push(`${key}: ${missing.length ? `missing ${missing.map(show).join('; ')}` : ''}${extra.length ? ` extra ${extra.map(show).join('; ')}` : ''}${!missing.length && !extra.length ? ' same links, other order' : ''}`);
	}
	return out;
}

/** The lists differ only where similarities tie within `tolerance`: position by position, a link of the same similarity. */
function nearTiesOnly(e: RelatedLink[], a: RelatedLink[], tolerance: number): boolean {
	const last = e.at(-1)?.similarity ?? 0;
	return e.every((l, i) => {
		const m = a[i]!;
		if (Math.abs(l.similarity - m.similarity) > tolerance) return false;
		const twin = a.find((x) => x.key === l.key);
		// A link missing from `actual` is acceptable only at the cut, tied with the last one kept.
		return twin ? Math.abs(twin.similarity - l.similarity) <= tolerance && JSON.stringify(twin.reasons) === JSON.stringify(l.reasons) : Math.abs(l.similarity - last) <= tolerance;
	});
}
