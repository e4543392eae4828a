import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../../data/content-layer';
import { cslItem } from '../../../../lib/citations/reference-formats';

/** CSL-JSON of one clause (its place in `section`), for reference managers. */
export async function getStaticPaths() {
	const { corpus } = await loadCorpus();
	return corpus.clauses.map((c) => ({ params: { doc: c.doc, clause: c.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const clause = corpus.clause.get(`${params.doc}/${params.clause}`)!;
	return new Response(`${JSON.stringify([cslItem(corpus, corpus.doc.get(clause.doc)!, site ?? 'http://localhost/', clause)], null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
