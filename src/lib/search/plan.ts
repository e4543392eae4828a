/**
 * From an analysed query (./analyze) to the Pagefind searches that answer it.
 *
 * Pagefind finds the clauses that contain every word of a search, each word matched on its own. One search of the
 * whole query is therefore a dead end as soon as one word is not in the clause (a question word, 交 for 报送, one
 * word too many). The plan runs, together: the whole query and the whole query as a phrase (so a clause that
 * contains what was typed, verbatim, is found first); one search per required term and per way of writing it
 * (alternatives: synonyms, canonical names, aliases), from which `./rank` learns which clauses contain which
 * terms and how rare each term is; the clauses attached to a named unit or topic; the targets with a number
 * typed. Nothing has to match in full for a clause to be found.
 */
import { required, type QueryAnalysis } from './analyze';
import { hasHan } from './normalize';
import { ORDER_SORT } from './index-fields';
import { parseNumberQuery, VALUE_FILTER } from './number-query';

/** Pagefind's filter object: values, or `any`/`all`/`none`/`not` over nested filters. */
export type PagefindFilter = { [key: string]: string | string[] | PagefindFilter | PagefindFilter[] };

export type SearchSource = 'words' | 'phrase' | 'term' | 'attached' | 'document' | 'number';

export interface PlannedSearch {
	source: SearchSource;
	/** Pagefind search term; null lists every clause the filters select. */
	term: string | null;
	filters?: PagefindFilter;
	sort?: Record<string, 'asc' | 'desc'>;
	/** Weight of this search's ranking in the fused ranking. */
	weight: number;
	/** Its results are ranked (a term, or a sort); a filter alone selects a set in no meaningful order. */
	ranked: boolean;
	/** For `term` and `attached`: the index in `analysis.terms` of the term whose clauses it finds. */
	termIndex?: number;
	/** For `term`: how good a match the way of writing it is (./analyze `Alternative.weight`). */
	matchWeight?: number;
}

export interface QueryPlan {
	analysis: QueryAnalysis;
	/** The Pagefind searches to run and fuse; none for an empty query. */
	searches: PlannedSearch[];
	/** A list of one document in order (the query only named it): no text to compare, the order stands. */
	listing: boolean;
}

export { DUPLICATE_META, ORDER_SORT } from './index-fields';

/** Ways of writing one term searched, at most (each is a Pagefind search). */
const MAX_ALTERNATIVES = 4;
/** Searches for named units and topics per query, at most. */
const MAX_ATTACHED = 3;

export function combineFilters(...filters: (PagefindFilter | undefined)[]): PagefindFilter | undefined {
	const present = filters.filter((f): f is PagefindFilter => Boolean(f) && Object.keys(f!).length > 0);
	if (present.length <= 1) return present[0];
	return { all: present };
}

/** The filter selecting the clauses a unit or topic is attached to (as 责任单位, issuer or 适用对象; as topic). */
function attachedFilter(kind: 'unit' | 'topic', name: string): PagefindFilter {
	return kind === 'unit' ? { any: [{ unit: name }, { issuer: name }, { role: name }] } : { topic: name };
}

export function planQuery(analysis: QueryAnalysis): QueryPlan {
	const { docs, rest } = analysis;
	const docFilter: PagefindFilter | undefined = docs.length === 0 ? undefined : docs.length === 1 ? { doc: docs[0]!.number } : { doc: { any: docs.map((d) => d.number) } };
	const plan: QueryPlan = { analysis, searches: [], listing: false };
	const seen = new Set<string>();
	const add = (s: PlannedSearch) => {
		const key = JSON.stringify([s.source === 'term' ? `term${s.termIndex}` : s.source, s.term, s.filters ?? null, s.sort ?? null]);
		if (!seen.has(key)) {
			seen.add(key);
			plan.searches.push(s);
		}
	};

	if (!rest) {
		if (docFilter) {
			plan.listing = true;
			add({ source: 'document', term: null, filters: docFilter, sort: { [ORDER_SORT]: 'asc' }, weight: 1, ranked: true });
		}
		return plan;
	}

	add({ source: 'words', term: rest, filters: docFilter, weight: 1, ranked: true });
	// Pagefind's exact mode ("…") finds the words next to each other; it misses where its segmentation of the
	// query and of the page differ, which the other searches cover.
	if (hasHan(rest) && !rest.includes(' ') && [...rest].length >= 2) add({ source: 'phrase', term: `"${rest}"`, filters: docFilter, weight: 1, ranked: true });

	const terms = analysis.terms;
	terms.forEach((t, termIndex) => {
		if (t.optional) return;
		for (const a of t.alternatives.slice(0, MAX_ALTERNATIVES)) {
			add({ source: 'term', term: a.text, filters: docFilter, weight: 0.5 * a.weight, ranked: true, termIndex, matchWeight: a.weight });
		}
	});

	const named = terms.map((t, i) => ({ t, i })).filter(({ t }) => (t.source === 'unit' || t.source === 'topic') && t.entry);
	for (const { t, i } of named.slice(0, MAX_ATTACHED)) {
		const others = required(analysis)
			.filter((o) => o !== t)
			.map((o) => o.text)
			.join(' ');
		const filter = combineFilters(docFilter, attachedFilter(t.entry!.kind, t.entry!.name));
		// Without other words, the attached clauses come in document order.
		add({ source: 'attached', term: others || null, filters: filter, sort: others ? undefined : { [ORDER_SORT]: 'asc' }, weight: 0.6, ranked: Boolean(others), termIndex: i });
	}

	const quantity = parseNumberQuery(rest);
	if (quantity) add({ source: 'number', term: null, filters: combineFilters(docFilter, { [VALUE_FILTER]: quantity.value }), weight: 1, ranked: false });
	return plan;
}
