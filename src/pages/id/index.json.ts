import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { idTable } from '../../lib/citations/id-table';

/** What the 404 page's resolver reads: every document number and clause place, normalised. */
export const GET: APIRoute = async () => {
	const { corpus } = await loadCorpus();
	return new Response(JSON.stringify(idTable(corpus)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
