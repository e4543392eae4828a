import type { CorpusDoc } from '../corpus';

/**
 * How many documents a unit or role page lists item by item. A page for 省教育厅 lists what binds it in every
 * document: at five documents that is the page people want, at a thousand it was a 49 MB page no browser opens
 * comfortably (and minutes of the build). Beyond this many, the most recent documents are listed in full and the
 * others by their counts, each linking to its print bundle opened on the unit, which shows the same items; the
 * 落实台账 still holds every document.
 */
export const DOCUMENTS_IN_FULL = 20;

/** Newest first by date (undated last), then in corpus order. */
function byRecency(a: { doc: CorpusDoc; at: number }, b: { doc: CorpusDoc; at: number }): number {
	const da = a.doc.data.date ?? '';
	const db = b.doc.data.date ?? '';
	return da === db ? a.at - b.at : da < db ? 1 : -1;
}

/**
 * Split a page's per-document groups into those listed in full (the `limit` most recent documents) and the rest,
 * each part keeping the order it was given in.
 */
export function splitByRecency<T>(groups: T[], docOf: (group: T) => CorpusDoc, limit = DOCUMENTS_IN_FULL): { full: T[]; rest: T[] } {
	if (groups.length <= limit) return { full: groups, rest: [] };
	const recent = new Set(
		groups
			.map((g, at) => ({ doc: docOf(g), at }))
			.sort(byRecency)
			.slice(0, limit)
			.map((x) => x.doc.slug),
	);
	return { full: groups.filter((g) => recent.has(docOf(g).slug)), rest: groups.filter((g) => !recent.has(docOf(g).slug)) };
}
