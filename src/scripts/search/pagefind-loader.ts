/**
 * Loading Pagefind fast. Left to itself, Pagefind discovers its files one after another (its script, then
 * pagefind-entry.json, then the metadata and WASM, then on the first query the index chunks, then the fragments),
 * inflates each in JavaScript, and makes every call wait for its WASM by polling every 50 ms. Here:
 *
 * - the manifest written at build time (src/lib/build/search-manifest.ts) names every file, so all are requested at
 *   once as search opens (./prefetch), and inflated by the browser (DecompressionStream) rather than by
 *   Pagefind's JavaScript; Pagefind's own fetch() calls for those files are answered from these downloads
 *   (`answerFrom`), its entry too, whatever cache-busting query it adds;
 * - the manifest is trusted only when its tag is the index hash of a fresh pagefind-entry.json (a cached manifest
 *   from an earlier deploy is ignored, and Pagefind loads as it would on its own);
 * - `whenReady` notices the moment the WASM is ready without waiting out Pagefind's 50 ms polls.
 */
import { DUPLICATE_META } from '../../lib/search/index-fields';
import { primaryLanguage, type PagefindEntry, type PagefindManifest } from '../../lib/build/search-manifest';
import type { Pagefind, PagefindFragment, PagefindRanking } from './pagefind-api';
import { loadOnce } from './load-once';
import { early, entryOf, nativeFetch, PAGEFIND_BASE, PAGEFIND_BUNDLE, PAGEFIND_ENTRY, prefetchSearch, warmUpSegmenter } from './prefetch';

/**
 * Downloads answering Pagefind's fetch() calls, by path (the query string, Pagefind's cache buster, ignored): the
 * bytes as they came, and, once Pagefind asks for a file, as it reads them (inflated; only the files it asks for).
 */
const ready = new Map<string, Promise<ArrayBuffer>>();
const inflated = new Map<string, Promise<ArrayBuffer>>();
/** Settles once `ready` holds what the manifest names (or it is known that it will hold nothing). */
let handed: Promise<unknown> | undefined;
/** fetch() as it was before `answerFrom`: the downloads themselves go through it. */
const original = nativeFetch;

function pathOf(input: RequestInfo | URL): string | undefined {
	const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
	const url = new URL(href, location.href);
	return url.origin === location.origin ? url.pathname : undefined;
}

/**
 * Route Pagefind's fetch() calls for the files in `ready` to their downloads; every other call is left alone.
 * Installed before Pagefind starts, so it can start before the manifest is in: a call for a Pagefind file waits
 * for the manifest to say whether the file is among the downloads.
 */
function answerFrom(): void {
	if (handed) return;
	handed = fromManifest().catch(() => undefined);
	globalThis.fetch = async (input, init) => {
		const path = pathOf(input);
		if (path === undefined || !path.startsWith(PAGEFIND_BASE)) return original(input, init);
		await handed;
		const download = ready.get(path);
		if (!download) return original(input, init);
		// A failed download is fetched again the ordinary way.
		return inflatedFile(path, download).then(
			(b) => new Response(b),
			() => original(input, init),
		);
	};
}

const GZIP = [0x1f, 0x8b];

async function download(path: string, init?: RequestInit): Promise<ArrayBuffer> {
	const response = await original(path, init);
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response.arrayBuffer();
}

function inflatedFile(path: string, download: Promise<ArrayBuffer>): Promise<ArrayBuffer> {
	return loadOnce(inflated, path, () => download.then(inflate));
}

/** Pagefind's files start with this signature once inflated. */
const SIGNATURE = 'pagefind_dcd';
const fragmentFiles = new Map<string, Promise<Record<string, PagefindFragment>>>();

/**
 * A page's fragment (its indexed text, URL and metadata) read straight from the downloaded fragment file, when the
 * manifest says which file holds it: Pagefind's `data()` would also work out excerpts and sub-results for every
 * result, which search does not show (it makes its own excerpts) and which cost more than the reading.
 */
export async function fragmentOf(id: string, pages: PagefindManifest['pages']): Promise<PagefindFragment | undefined> {
	const file = pages[id]?.[1];
	if (!file) return undefined;
	// A fragment file not fetched as search opened (a large library's) is fetched now, once, for Pagefind as well.
	const fetched = loadOnce(ready, file, () => download(file));
	const parsed = loadOnce(fragmentFiles, file, () =>
		inflatedFile(file, fetched).then((bytes) => {
			const text = new TextDecoder().decode(bytes);
			const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as Record<string, PagefindFragment> & Partial<PagefindFragment>;
			// A file of one page (no bundling) is that page's fragment.
			return typeof json.url === 'string' ? { [id]: json as PagefindFragment } : json;
		}),
	);
	// A file that could not be had leaves the page to Pagefind's own data() (and is tried again next time: every
	// step of it was forgotten).
	const all = await parsed.catch(() => undefined);
	const f = all?.[id];
	// Pagefind separates the words of Chinese text with zero-width spaces in its fragments, and takes them out.
	return f ? { ...f, content: f.content.replace(/\u200B/g, '') } : undefined;
}

/** A file's bytes inflated by the browser when they are gzip (Pagefind accepts either, and inflates in JavaScript). */
async function inflate(bytes: ArrayBuffer): Promise<ArrayBuffer> {
	const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
	if (typeof DecompressionStream !== 'function' || head[0] !== GZIP[0] || head[1] !== GZIP[1]) return bytes;
	return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
}

/** Hand Pagefind the downloads the manifest names (started by ./prefetch when search opened). */
async function fromManifest(): Promise<PagefindManifest | undefined> {
	if (!early.manifest) prefetchSearch();
	const [manifest, entry] = await Promise.all([early.manifest!, early.entry!]);
	if (!manifest || !entry || primaryLanguage(JSON.parse(new TextDecoder().decode(entry)) as PagefindEntry).hash !== manifest.tag) return undefined;
	ready.set(PAGEFIND_ENTRY, Promise.resolve(entry));
	// Kept for Pagefind's calls and ours; one that failed is forgotten (fetched the ordinary way next time).
	for (const path of manifest.prefetch) void loadOnce(ready, path, () => early.files.get(path) ?? download(path));
	// A part's fresh entry answers Pagefind when it is the one the manifest describes (else Pagefind fetches it).
	await Promise.all(
		(manifest.parts ?? []).map(async ({ base, tag }) => {
			const bytes = await early.files.get(entryOf(base))?.catch(() => undefined);
			if (bytes && primaryLanguage(JSON.parse(new TextDecoder().decode(bytes)) as PagefindEntry).hash === tag) ready.set(entryOf(base), Promise.resolve(bytes));
		}),
	);
	return manifest;
}

/**
 * Resolve once Pagefind's WASM is ready. Each Pagefind call made before then sleeps 50 ms at a time until it is;
 * calls started every few milliseconds make sure one of them wakes soon after. They search for nothing, which
 * Pagefind answers at once, so the calls that wake after the first cost nothing to speak of.
 */
function whenReady(pagefind: Pagefind, stepMs = 5, maxMs = 10_000): Promise<void> {
	return new Promise((resolve, reject) => {
		let done = false;
		let elapsed = 0;
		const probe = () => {
			if (done) return;
			pagefind.search('').then(
				() => {
					done = true;
					resolve();
				},
				(e: unknown) => {
					done = true;
					reject(e instanceof Error ? e : new Error(String(e)));
				},
			);
			elapsed += stepMs;
			if (elapsed < maxMs) setTimeout(probe, stepMs);
		};
		probe();
	});
}

export interface LoadedPagefind {
	pagefind: Pagefind;
	/** Page id → URL and fragment file, when the manifest could be used. */
	pages?: PagefindManifest['pages'];
	/** Shards of the search data, when the manifest could be used and the library is sharded. */
	shards?: number;
	/** Its filter postings, likewise. */
	filters?: PagefindManifest['filters'];
	/** Page ids a part still holds for pages a delta bundle replaced or the build removed, likewise. */
	superseded?: PagefindManifest['superseded'];
}

/**
 * Pagefind's own ranking stays at its defaults: it only orders candidates for the re-ranking, where the words
 * decide (npm run test:browser prints the figures). Metadata other than the title must not lift a clause.
 */
const RANKING: PagefindRanking = { metaWeights: { title: 5, doc: 0, [DUPLICATE_META]: 0 } };

let loading: Promise<LoadedPagefind> | undefined;

/**
 * Load and start Pagefind, once. ./prefetch starts it as search opens (this module is small and loads before the
 * engine's), so Pagefind is starting while the rest of search downloads.
 */
export function loadPagefind(): Promise<LoadedPagefind> {
	loading ??= start();
	loading.catch(() => (loading = undefined));
	return loading;
}

async function start(): Promise<LoadedPagefind> {
	if (!early.manifest) prefetchSearch();
	answerFrom();
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
	// On the main thread: a worker would first download its own script and the WASM again, which costs more on the
	// first query than searching this small index costs on the main thread. No metaCacheTag: the entry Pagefind
	// asks for (cache-busted) is answered from the fresh one fetched as search opened.
	await pagefind.options({ ranking: RANKING, noWorker: true });
	await pagefind.init();
	warmUpSegmenter();
	await whenReady(pagefind);
	// A large library's index comes in parts, searched together (src/lib/build/pagefind-parts.ts).
	const parts = (await early.parts) ?? [];
	await Promise.all(parts.map(({ base }) => pagefind.mergeIndex(base, { ranking: RANKING })));
	const manifest = await early.manifest;
	return { pagefind, pages: manifest?.pages, shards: manifest?.shards, filters: manifest?.filters, superseded: manifest?.superseded };
}
