import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { idRedirects } from '../../lib/citations/id-table';
import { redirectHtml } from '../../lib/citations/permalinks';

/** Static `/id/…` redirect pages for the forms of a 发文字号 and clause place that never change meaning (src/lib/citations/id-resolver.ts). */
export async function getStaticPaths() {
	const { corpus } = await loadCorpus();
	return idRedirects(corpus).map(({ from, to }) => ({ params: { id: `${from.slice('/id/'.length)}index.html` }, props: { to } }));
}

export const GET: APIRoute = ({ props, site }) =>
	new Response(redirectHtml((props as { to: string }).to, site ?? 'http://localhost/', { title: '正在跳转 · 湘策', text: '按文号链接指向：' }), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
