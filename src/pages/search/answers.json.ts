import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { buildAnswerIndex } from '../../lib/search/answer-index';

/** `/search/answers.json`: the facts questions are answered from, per clause (src/lib/search/answers.ts). */
export const GET: APIRoute = async () => {
	const { corpus } = await loadCorpus();
	return new Response(JSON.stringify(buildAnswerIndex(corpus)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
