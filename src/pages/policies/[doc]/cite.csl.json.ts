import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../data/content-layer';
import { cslItem } from '../../../lib/citations/reference-formats';

/** CSL-JSON of the whole document, for reference managers. */
export async function getStaticPaths() {
	const { corpus } = await loadCorpus();
	return corpus.docs.map((d) => ({ params: { doc: d.slug } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const doc = corpus.doc.get(params.doc!)!;
	return new Response(`${JSON.stringify([cslItem(corpus, doc, site ?? 'http://localhost/')], null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
