import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { buildExport } from '../../lib/export/api';

export const GET: APIRoute = async () => {
	const { corpus } = await loadCorpus();
	return new Response(JSON.stringify(buildExport(corpus), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
