/**
 * What search needs from Pagefind's output, known only once Pagefind has run: the names of its index files and
 * which page id is which clause. Written to `/search/pagefind.json` (src/lib/search/paths.ts) after indexing (scripts/search-manifest.ts) so
 * that, when search opens, the browser can fetch every file at once instead of discovering them one after another
 * (entry → metadata → index chunks → fragments), and can show a result's heading before its fragment arrives.
 */
import type { FilterPostingsIndex } from '../search/filter-postings';

export interface PagefindManifest {
	/** Hash of the language index in pagefind-entry.json: Pagefind's `metaCacheTag`, and how a stale manifest is told. */
	tag: string;
	/** Site paths of the files to fetch as search opens. */
	prefetch: string[];
	/**
	 * Pagefind page id → the page's URL (a clause permalink) and the fragment file holding its text (site path).
	 * Empty when the library is sharded: then each shard holds its pages' (src/lib/search/shards.ts).
	 */
	pages: Record<string, [url: string, fragment: string]>;
	/** The number of search-data shards, when the library has more pages than `SHARD_ABOVE`. */
	shards?: number;
	/** A sharded library's filter values and their postings files (src/lib/search/filter-postings.ts). */
	filters?: FilterPostingsIndex;
}

export interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export interface PagefindFile {
	/** Path under the Pagefind bundle folder: `index/zh-cn_…pf_index`. */
	path: string;
	/** Size on disk (Pagefind stores its files compressed). */
	bytes: number;
}

/**
 * Above this many bytes of index chunks, filter chunks and fragments, only the entry, metadata and WASM are
 * fetched up front: a large site's index is fetched chunk by chunk, as queries need it. This corpus needs ~160 KB.
 */
export const PREFETCH_BUDGET = 400 * 1024;

/** The language Pagefind will load: the only one, or the one with the most pages (as Pagefind falls back). */
export function primaryLanguage(entry: PagefindEntry): { hash: string; wasm: string | null } {
	const [first] = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count);
	if (!first) throw new Error('pagefind-entry.json lists no language index');
	return first;
}

/** `pages`: page id → [URL, fragment file path under the bundle folder]. */
export function buildManifest(entry: PagefindEntry, files: PagefindFile[], pages: Record<string, [string, string]>, base = '/pagefind/'): PagefindManifest {
	const lang = primaryLanguage(entry);
	const fixed = [`pagefind.${lang.hash}.pf_meta`, `wasm.${lang.wasm ?? 'unknown'}.pagefind`];
	const prefix = lang.hash.replace(/_[^_]*$/, '_');
	// In the order they are needed: the index chunks for the first search, filter chunks, then the fragments.
	const kinds = ['index', 'filter', 'fragment'];
	const chunks = files
		.filter((f) => kinds.includes(f.path.split('/')[0]!) && f.path.split('/')[1]!.startsWith(prefix))
		.sort((a, b) => kinds.indexOf(a.path.split('/')[0]!) - kinds.indexOf(b.path.split('/')[0]!) || a.path.localeCompare(b.path));
	const chunkBytes = chunks.reduce((n, f) => n + f.bytes, 0);
	const prefetch = [...fixed, ...(chunkBytes <= PREFETCH_BUDGET ? chunks.map((f) => f.path) : [])];
	const sitePages = Object.fromEntries(Object.entries(pages).map(([id, [url, file]]) => [id, [url, base + file] as [string, string]]));
	return { tag: lang.hash, prefetch: prefetch.map((p) => base + p), pages: sitePages };
}

/** One line for the build's log: what search prefetches and where its page data is. */
export function manifestSummary(m: PagefindManifest): string {
	return `${m.prefetch.length} files to prefetch, ${m.shards ? `search data in ${m.shards} shards` : `${Object.keys(m.pages).length} pages`}`;
}
