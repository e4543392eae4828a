/**
 * From what a person typed to the Pagefind searches that answer it.
 *
 * Pagefind segments Chinese into short words and matches each word on its own, so one search cannot tell a clause
 * that says 产教融合实训基地 from one that has 产, 教, 融合… scattered about. The plan therefore runs a few searches
 * (the words, the words as a phrase, the words with aliases replaced by canonical names, the clauses a named unit,
 * topic, document or number is attached to) and says which strings an exact match must contain (`needles`,
 * what the person typed; `related`, canonical names and aliases of what they typed), so `./rank` can put exact
 * matches first.
 */
import { extractDocRefs, type DocRef } from './doc-number';
import type { Lexicon } from './lexicon';
import { hasHan, matchKey, normalizeQuery, type Convert } from './normalize';
import { parseNumberQuery, VALUE_FILTER } from './number-query';
import { expandHits, findTerms, withoutHits, type TermHit } from './vocabulary';

/** Pagefind's filter object: values, or `any`/`all`/`none`/`not` over nested filters. */
export type PagefindFilter = { [key: string]: string | string[] | PagefindFilter | PagefindFilter[] };

export type SearchSource = 'words' | 'phrase' | 'canonical' | 'attached' | 'document' | 'number';

export interface PlannedSearch {
	source: SearchSource;
	/** Pagefind search term; null lists every clause the filters select. */
	term: string | null;
	filters?: PagefindFilter;
	sort?: Record<string, 'asc' | 'desc'>;
	/** Weight of this search's ranking in the fused ranking. */
	weight: number;
	/**
	 * Its results are ranked (a term, or a sort); a filter alone selects a set in no meaningful order.
	 * Clauses selected by an `attached` search rank above those that only share characters with the query.
	 */
	ranked: boolean;
}

export interface QueryPlan {
	/** The query as searched: compatibility forms folded, Simplified. */
	query: string;
	/** Documents named by number (湘政办发〔2018〕82号, 82号). */
	docs: DocRef[];
	/** The query without document numbers. */
	rest: string;
	/** Match keys of the parts of `rest` (split at spaces): a clause containing them all is an exact match. Empty
	 * when there are no words to compare (a document listing). */
	needles: string[];
	/** Match keys of canonical names and aliases for words of the query: containing one ranks next. */
	related: string[];
	/** The Pagefind searches to run and fuse; none for an empty query. */
	searches: PlannedSearch[];
}

/** Sort key declared by every clause page (`data-pagefind-sort`). */
export const ORDER_SORT = 'order';

/** Metadata set on clauses that repeat another clause word for word (quality flag `duplicate`). */
export const DUPLICATE_META = 'duplicate';

/** Searches for named units and topics per query, at most: each costs a Pagefind search. */
const MAX_ATTACHED = 3;

export function combineFilters(...filters: (PagefindFilter | undefined)[]): PagefindFilter | undefined {
	const present = filters.filter((f): f is PagefindFilter => Boolean(f) && Object.keys(f!).length > 0);
	if (present.length <= 1) return present[0];
	return { all: present };
}

/** The filter selecting the clauses a unit or topic is attached to (as 责任单位, issuer or addressee; as topic). */
function attachedFilter(hit: TermHit): PagefindFilter | undefined {
	const { kind, name } = hit.entry;
	if (kind === 'unit') return { any: [{ unit: name }, { issuer: name }, { role: name }] };
	if (kind === 'topic') return { topic: name };
	return undefined;
}

export function planQuery(raw: string, lexicon: Pick<Lexicon, 'docs' | 'terms'>, toSimplified?: Convert): QueryPlan {
	const query = normalizeQuery(raw, toSimplified);
	const { docs, rest } = extractDocRefs(query, lexicon.docs);
	const docFilter: PagefindFilter | undefined = docs.length === 0 ? undefined : docs.length === 1 ? { doc: docs[0]!.number } : { doc: { any: docs.map((d) => d.number) } };
	const plan: QueryPlan = { query, docs, rest, needles: [], related: [], searches: [] };

	if (!rest) {
		if (docFilter) {
			plan.searches.push({ source: 'document', term: null, filters: docFilter, sort: { [ORDER_SORT]: 'asc' }, weight: 1, ranked: true });
		}
		return plan;
	}

	plan.needles = [...new Set(rest.split(' ').map(matchKey).filter(Boolean))];
	plan.searches.push({ source: 'words', term: rest, filters: docFilter, weight: 1, ranked: true });
	// Pagefind's exact mode ("…") finds the words next to each other; it misses where its segmentation of the
	// query and of the page differ, which the other searches cover.
	if (hasHan(rest) && !rest.includes(' ') && [...rest].length >= 2) {
		plan.searches.push({ source: 'phrase', term: `"${rest}"`, filters: docFilter, weight: 1, ranked: true });
	}

	const hits = findTerms(rest, lexicon.terms);
	const related = new Set<string>();
	if (hits.length) {
		const canonical = expandHits(rest, hits);
		if (canonical !== rest) plan.searches.push({ source: 'canonical', term: canonical, filters: docFilter, weight: 0.8, ranked: true });
		related.add(matchKey(canonical));
		for (const h of hits) for (const t of h.entry.terms) related.add(matchKey(t));
		for (const h of hits.filter((x) => attachedFilter(x)).slice(0, MAX_ATTACHED)) {
			const others = withoutHits(rest, [h]);
			// Without other words, the attached clauses come in document order.
			const sort = others ? undefined : { [ORDER_SORT]: 'asc' as const };
			plan.searches.push({ source: 'attached', term: others || null, filters: combineFilters(docFilter, attachedFilter(h)), sort, weight: 0.6, ranked: Boolean(others) });
		}
	}

	const quantity = parseNumberQuery(rest);
	if (quantity) plan.searches.push({ source: 'number', term: null, filters: combineFilters(docFilter, { [VALUE_FILTER]: quantity.value }), weight: 1, ranked: false });

	for (const n of plan.needles) related.delete(n);
	related.delete('');
	plan.related = [...related];
	return plan;
}
