import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { clauseFilterValues } from '../../lib/search/facets';

/**
 * `/search/filter-values.json`: every clause's search filter values, in corpus order. The build's manifest stage
 * turns it into per-value postings when the library is sharded (src/lib/search/filter-postings.ts).
 */
export const GET: APIRoute = async () => {
	const { corpus } = await loadCorpus();
	return new Response(JSON.stringify(clauseFilterValues(corpus)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
