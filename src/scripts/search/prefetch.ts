/**
 * What search needs first, started all at once when search is opened. Left to themselves the downloads go one
 * after another (this site's script, then Pagefind's, then Pagefind's WASM), each waiting for the one before.
 */
import { ANSWERS_PATH, LEXICON_PATH, MANIFEST_PATH } from '../../lib/search/paths';

export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_BUNDLE = `${PAGEFIND_BASE}pagefind.js`;
/** Performance mark of the moment search was opened: the first query is timed from it. */
export const OPEN_MARK = 'xiangce-search-open';
/** Pagefind's WASM for languages it does not stem, Chinese among them (pagefind-entry.json: `"wasm": null`). */
const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.unknown.pagefind`;

export function prefetchSearch(): void {
	performance.mark(OPEN_MARK);
	const link = (rel: 'modulepreload' | 'preload', href: string) => {
		const el = document.createElement('link');
		el.rel = rel;
		el.href = href;
		if (rel === 'preload') {
			// Fetched later by fetch(), which these settings match, so the response is reused.
			el.as = 'fetch';
			el.crossOrigin = 'anonymous';
		}
		document.head.append(el);
	};
	link('modulepreload', PAGEFIND_BUNDLE);
	link('preload', LEXICON_PATH);
	link('preload', ANSWERS_PATH);
	link('preload', MANIFEST_PATH);
	link('preload', PAGEFIND_WASM);
	// Pagefind segments every query with Intl.Segmenter, and the first Chinese segmentation loads the browser's
	// word dictionary (tens of milliseconds): do it now, while the downloads are under way.
	setTimeout(warmUpSegmenter);
}

function warmUpSegmenter(): void {
	if (typeof Intl.Segmenter === 'function') [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('产教融合')];
}
