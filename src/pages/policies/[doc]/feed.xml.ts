import type { APIRoute } from 'astro';
import { loadCorpus } from '../../../data/content-layer';
import { documentFeed } from '../../../lib/export/feed';
import { documentFileKey } from '../../../lib/build/cache-keys';

/** Atom feed of one document's changes. */
export async function getStaticPaths() {
	const { corpus, digest, siteDigest } = await loadCorpus();
	return corpus.docs.map((d) => ({ params: { doc: d.slug }, cacheKey: documentFileKey({ site: siteDigest, clauseDigest: digest }, d, 'feed') }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	return new Response(documentFeed(corpus.doc.get(params.doc!)!, site ?? 'http://localhost/'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
