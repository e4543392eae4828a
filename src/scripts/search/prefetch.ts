/**
 * What search needs, started all at once when search is opened (this module is on every page: keep it small).
 * Left to themselves the downloads go one after another (this site's script, then Pagefind's, then its entry,
 * metadata and WASM, then on the first query its index chunks, then the fragments), each waiting for the one
 * before. Here the fixed files are requested at once, and as soon as the build-time manifest (src/lib/build/
 * search-manifest.ts) and a fresh pagefind-entry.json agree, every file the manifest names is requested too;
 * ./pagefind-loader hands them to Pagefind.
 */
import type { PagefindEntry, PagefindManifest } from '../../lib/build/search-manifest';
import { ANSWERS_PATH, LEXICON_PATH, MANIFEST_PATH } from '../../lib/search/paths';

export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_BUNDLE = `${PAGEFIND_BASE}pagefind.js`;
export const PAGEFIND_ENTRY = `${PAGEFIND_BASE}pagefind-entry.json`;
/** Performance mark of the moment search was opened: the first query is timed from it. */
export const OPEN_MARK = 'xiangce-search-open';
/** Pagefind's WASM for languages it does not stem, Chinese among them (pagefind-entry.json: `"wasm": null`). */
const PAGEFIND_WASM = `${PAGEFIND_BASE}wasm.unknown.pagefind`;

/** fetch() as the page has it: ./pagefind-loader later routes Pagefind's own calls, not these downloads. */
export const nativeFetch: typeof fetch = globalThis.fetch.bind(globalThis);

/** Started by `prefetchSearch`, picked up by ./pagefind-loader. */
export const early: {
	/** pagefind-entry.json, fresh (Pagefind itself never takes it from the cache). */
	entry?: Promise<ArrayBuffer | undefined>;
	/** The manifest, when it belongs to the index being served (its tag is the entry's index hash). */
	manifest?: Promise<PagefindManifest | undefined>;
	/** The downloads of the files it names, as they came (and the parts' entries, fresh). */
	files: Map<string, Promise<ArrayBuffer>>;
	/** The index's other parts, as the manifest names them, trusted or not: search is incomplete without them. */
	parts?: Promise<NonNullable<PagefindManifest['parts']>>;
} = { files: new Map() };

/** A bundle's entry file (Pagefind's `pagefind-entry.json`). */
export const entryOf = (base: string) => `${base}pagefind-entry.json`;

export function prefetchSearch(): void {
	if (early.entry) return;
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
	for (const path of [LEXICON_PATH, ANSWERS_PATH, PAGEFIND_WASM]) link('preload', path);
	const fail = () => undefined;
	early.entry = nativeFetch(PAGEFIND_ENTRY, { cache: 'no-cache' }).then((r) => (r.ok ? r.arrayBuffer() : undefined), fail);
	// Revalidated like the entry: the parts it names must be this build's.
	const manifest = nativeFetch(MANIFEST_PATH, { cache: 'no-cache' }).then((r) => (r.ok ? (r.json() as Promise<PagefindManifest>) : undefined), fail);
	early.parts = manifest.then((m) => m?.parts ?? []);
	early.manifest = Promise.all([manifest, early.entry]).then(([m, bytes]) => {
		if (!m || !bytes) return undefined;
		const entry = JSON.parse(new TextDecoder().decode(bytes)) as PagefindEntry;
		// A manifest cached from an earlier build names files that may be gone: then Pagefind loads on its own.
		if (!Object.values(entry.languages).some((l) => l.hash === m.tag)) return undefined;
		for (const path of m.prefetch) {
			const bytes = nativeFetch(path).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${path}: HTTP ${r.status}`))));
			bytes.catch(fail);
			early.files.set(path, bytes);
		}
		for (const { base } of m.parts ?? []) {
			const bytes = nativeFetch(entryOf(base), { cache: 'no-cache' }).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${base}: HTTP ${r.status}`))));
			bytes.catch(fail);
			early.files.set(entryOf(base), bytes);
		}
		return m;
	}, fail);
	// Pagefind starts now, before the (larger) engine has arrived.
	import('./pagefind-loader').then((l) => l.loadPagefind()).catch(fail);
}

/**
 * Pagefind segments every query with Intl.Segmenter, and the first Chinese segmentation loads the browser's word
 * dictionary (tens of milliseconds on the main thread): ./pagefind-loader does it while Pagefind's files are
 * downloading, after everything is requested and Pagefind has started.
 */
export function warmUpSegmenter(): void {
	if (typeof Intl.Segmenter === 'function') [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('产教融合')];
}
