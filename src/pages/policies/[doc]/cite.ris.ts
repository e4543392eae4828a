import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../data/content-layer';
import { cslItem, risRecord } from '../../../lib/citations/reference-formats';

/** RIS of the whole document, for reference managers. */
export async function getStaticPaths() {
	const { corpus } = await loadCorpus();
	return corpus.docs.map((d) => ({ params: { doc: d.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const doc = corpus.doc.get(params.doc!)!;
	return new Response(risRecord(cslItem(corpus, doc, site ?? 'http://localhost/')), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
