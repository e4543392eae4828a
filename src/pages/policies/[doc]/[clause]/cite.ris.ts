import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../../data/content-layer';
import { cslItem, risRecord } from '../../../../lib/citations/reference-formats';

/** RIS of one clause, for reference managers. */
export async function getStaticPaths() {
	const { corpus } = await loadCorpus();
	return corpus.clauses.map((c) => ({ params: { doc: c.doc, clause: c.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const clause = corpus.clause.get(`${params.doc}/${params.clause}`)!;
	return new Response(risRecord(cslItem(corpus, corpus.doc.get(clause.doc)!, site ?? 'http://localhost/', clause)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
