import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../../data/content-layer';
import { buildDocumentExport } from '../../../lib/export/api';
import { documentFileKey } from '../../../lib/build/cache-keys';

export const getStaticPaths: GetStaticPaths = async () => {
	const { corpus, digest, siteDigest } = await loadCorpus();
	return corpus.docs.map((d) => ({ params: { slug: d.slug }, cacheKey: documentFileKey({ site: siteDigest, clauseDigest: digest }, d, 'api') }));
};

export const GET: APIRoute = async ({ params }) => {
	const { corpus } = await loadCorpus();
	const doc = corpus.doc.get(params.slug!)!;
	return new Response(JSON.stringify(buildDocumentExport(corpus, doc), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
