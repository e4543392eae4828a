import type { APIRoute } from 'astro';
import * as OpenCC from 'opencc-js';
import { loadCorpus } from '../../data/content-layer';
import { buildLexicon, corpusCharacters } from '../../lib/search/lexicon';
import { deriveTable, dictionaryKeys } from '../../lib/search/traditional';

/** `/search/lexicon.json`: what the browser needs to read a query (src/lib/search/lexicon.ts). */
export const GET: APIRoute = async () => {
	const { corpus } = await loadCorpus();
	// Taiwan and Hong Kong variant forms as well as OpenCC's standard Traditional, all to Mainland Simplified.
	const dictionaries = [...OpenCC.Locale.to.cn!, ...OpenCC.Locale.from.tw!, ...OpenCC.Locale.from.hk!].flat();
	const keys = dictionaries.flatMap((d) => dictionaryKeys(d));
	const chars = corpusCharacters(corpus);
	const [fromTaiwan, fromHongKong] = (['tw', 'hk'] as const).map((from) => deriveTable(keys, OpenCC.Converter({ from, to: 'cn' }), chars));
	const t2s = { ...fromHongKong, ...fromTaiwan };
	return new Response(JSON.stringify(buildLexicon(corpus, t2s)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
