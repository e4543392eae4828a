import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/content-layer';
import { libraryFeed } from '../lib/export/feed';

/** Atom feed of every change in the library. */
export const GET: APIRoute = async ({ site }) => {
	const { corpus } = await loadCorpus();
	return new Response(libraryFeed(corpus, site ?? 'http://localhost/'), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
