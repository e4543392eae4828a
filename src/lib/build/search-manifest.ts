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
	/**
	 * The index's other parts, when it is in parts (src/lib/build/pagefind-parts.ts): their bundle folders, merged
	 * into the first (`/pagefind/`) in the browser, and their index hashes (as `tag` is the first's).
	 */
	parts?: { base: string; tag: string }[];
	/**
	 * Page ids a part's bundle still holds for pages this build replaced or removed (src/lib/build/pagefind-parts.ts,
	 * a delta bundle holds the new ones): search drops them from Pagefind's results.
	 */
	superseded?: string[];
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

/** One Pagefind bundle of the index: the whole index, or one of its parts (src/lib/build/pagefind-parts.ts). */
export interface PagefindBundle {
	/** Site path of its folder: `/pagefind/`, `/pagefind/parts/1/`. */
	base: string;
	entry: PagefindEntry;
	files: PagefindFile[];
	/** Page id → [URL, fragment file path under the bundle folder]. */
	pages: Record<string, [string, string]>;
}

/**
 * The manifest of an index in one or more bundles, the first being the one Pagefind loads itself (`/pagefind/`):
 * its metadata and WASM, every other part's metadata (the parts share the first one's WASM), and every chunk when
 * all of them fit in `PREFETCH_BUDGET`. `superseded` names, by bundle folder, the URLs whose pages in that bundle were
 * replaced or removed.
 */
export function buildManifest(bundles: PagefindBundle[], superseded: ReadonlyMap<string, ReadonlySet<string>> = new Map()): PagefindManifest {
	const [primary, ...others] = bundles;
	if (!primary) throw new Error('no Pagefind bundle to describe');
	const prefetch: string[] = [];
	const chunks: string[] = [];
	let chunkBytes = 0;
	const pages: PagefindManifest['pages'] = {};
	const dropped = new Set<string>();
	for (const b of bundles) {
		const lang = primaryLanguage(b.entry);
		prefetch.push(b.base + `pagefind.${lang.hash}.pf_meta`);
		if (b === primary) prefetch.push(b.base + `wasm.${lang.wasm ?? 'unknown'}.pagefind`);
		const prefix = lang.hash.replace(/_[^_]*$/, '_');
		// In the order they are needed: the index chunks for the first search, filter chunks, then the fragments.
		const kinds = ['index', 'filter', 'fragment'];
		const own = b.files
			.filter((f) => kinds.includes(f.path.split('/')[0]!) && f.path.split('/')[1]!.startsWith(prefix))
			.sort((x, y) => kinds.indexOf(x.path.split('/')[0]!) - kinds.indexOf(y.path.split('/')[0]!) || x.path.localeCompare(y.path));
		for (const f of own) {
			chunks.push(b.base + f.path);
			chunkBytes += f.bytes;
		}
		const gone = superseded.get(b.base);
		for (const [id, [url, file]] of Object.entries(b.pages)) {
			if (gone?.has(url)) dropped.add(id);
			else pages[id] = [url, b.base + file];
		}
	}
	// A page changed only outside what is indexed has the same id in the part and in its delta: it stays.
	const gone = [...dropped].filter((id) => !(id in pages));
	const parts = others.map((b) => ({ base: b.base, tag: primaryLanguage(b.entry).hash }));
	return {
		tag: primaryLanguage(primary.entry).hash,
		prefetch: [...prefetch, ...(chunkBytes <= PREFETCH_BUDGET ? chunks : [])],
		pages,
		...(parts.length ? { parts } : {}),
		...(gone.length ? { superseded: gone } : {}),
	};
}

/** One line for the build's log: what search prefetches and where its page data is. */
export function manifestSummary(m: PagefindManifest): string {
	return `${m.prefetch.length} files to prefetch, ${m.shards ? `search data in ${m.shards} shards` : `${Object.keys(m.pages).length} pages`}`;
}
