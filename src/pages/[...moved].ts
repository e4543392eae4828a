import type { APIRoute } from 'astro';
import manifest from '../../permalinks.json';
import { redirectHtml, redirects, type PermalinkManifest } from '../lib/citations/permalinks';

/** A redirect page at every path that permalinks.json maps to a new home (see src/lib/citations/permalinks.ts). */
export function getStaticPaths() {
	const m = manifest as PermalinkManifest;
	const live = m.pages.filter((p) => !(p in m.moved));
	return redirects(m, live).map(({ from, to }) => ({ params: { moved: `${from.slice(1)}index.html` }, props: { to } }));
}

export const GET: APIRoute = ({ props, site }) =>
	new Response(redirectHtml((props as { to: string }).to, site ?? 'http://localhost/'), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
