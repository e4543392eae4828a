/**
 * The words people type for units and topics (人社厅, 发改委, 双师, 职教高考…), found in a query and mapped to the
 * canonical terms the clauses are written and tagged with. The entries come from content/units.yaml and
 * content/topics.yaml (names and aliases); everyday words for the texts' own words are in `./synonyms`.
 */

export type TermKind = 'unit' | 'topic';

export interface TermEntry {
	kind: TermKind;
	/** Unit or topic id; the canonical term for a synonym. */
	id: string;
	/** The canonical name: what the `unit`/`issuer`/`role`/`topic` filters hold, and what the texts mostly write. */
	name: string;
	/** Every way of writing it, the name included. */
	terms: string[];
	/** Names and aliases of the broader units it is a kind or part of (职业院校 for 高职院校): what binds them binds it. */
	broader?: string[];
}

export interface TermHit {
	entry: TermEntry;
	/** The words of the query that named it. */
	matched: string;
	start: number;
	end: number;
}

/** Words too short to mean one thing (园区 is fine; 厅 is not). */
const MIN_LENGTH = 2;

/** Units, topics and synonyms whose name or alias occurs in the query: longest first, never overlapping. */
export function findTerms(query: string, entries: TermEntry[]): TermHit[] {
	const candidates: TermHit[] = [];
	const haystack = query.toLowerCase();
	for (const entry of entries) {
		for (const term of entry.terms) {
			if ([...term].length < MIN_LENGTH) continue;
			const needle = term.toLowerCase();
			for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
				candidates.push({ entry, matched: term, start: at, end: at + term.length });
			}
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	const hits: TermHit[] = [];
	for (const c of candidates) {
		const overlaps = hits.some((h) => c.start < h.end && h.start < c.end && !(c.start === h.start && c.end === h.end));
		// The same words may name a unit and a topic (产教联合体): keep both.
		const duplicate = hits.some((h) => h.entry === c.entry);
		if (!overlaps && !duplicate) hits.push(c);
	}
	return hits.sort((a, b) => a.start - b.start);
}

/** The query with each hit written as its canonical name (人社厅 培训 → 省人力资源社会保障厅 培训). */
export function expandHits(query: string, hits: TermHit[]): string {
	let out = '';
	let at = 0;
	const seen = new Set<number>();
	for (const h of hits) {
		if (seen.has(h.start)) continue;
		seen.add(h.start);
		out += query.slice(at, h.start) + h.entry.name;
		at = h.end;
	}
	return out + query.slice(at);
}

/** The query without the words of the hits, for searching the rest among the clauses a filter selects. */
export function withoutHits(query: string, hits: TermHit[]): string {
	const spans = [...new Map(hits.map((h) => [h.start, h])).values()].sort((a, b) => b.start - a.start);
	let out = query;
	for (const h of spans) out = out.slice(0, h.start) + ' ' + out.slice(h.end);
	return out.replace(/\s+/g, ' ').trim();
}
