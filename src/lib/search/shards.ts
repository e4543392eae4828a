/**
 * Search data of a large library, split by Pagefind page id. A small library's search loads two files when it
 * opens: the answer index (every clause's heading and facts, ./answers) and the manifest (every page id's URL and
 * fragment file, src/lib/build/search-manifest.ts). Both grow with the library — 24.8 MB and 5.0 MB at 42,000
 * clauses — so above `SHARD_ABOVE` pages they are written as shards instead: the page ids whose hash falls in a
 * shard, each with its URL, fragment file and answer-index entry. A query fetches the shards of the candidates it
 * compares, a few kilobytes each; the answer index keeps only what every query needs (units, documents, count).
 *
 * Imported by the browser (keep it free of Node modules) and by the build's manifest stage.
 */
import type { AnswerClause } from './answers';

/** Libraries with more indexed pages than this get sharded search data (the real five documents have 210). */
export const SHARD_ABOVE = 1_000;
/** Pages per shard, on average: about one Pagefind fragment file's worth. */
export const PAGES_PER_SHARD = 16;
/** Where shard `n` is served. */
export const shardPath = (n: number) => `/search/shards/${n}.json`;

/** Page id → its URL, the fragment file holding its text (site path) and its answer-index entry. */
export type SearchShard = Record<string, [url: string, fragment: string, clause: AnswerClause]>;

/** How many shards a library of `pages` indexed pages gets. */
export function shardCount(pages: number): number {
	return Math.max(1, Math.ceil(pages / PAGES_PER_SHARD));
}

/**
 * The shard of a page id: FNV-1a over its characters, modulo the shard count. Pagefind's ids are hashes already,
 * but their form is Pagefind's business; hashing the whole id spreads any form evenly.
 */
export function shardOf(id: string, shards: number): number {
	return fnv1a(id) % shards;
}

/** FNV-1a, 32 bits, over a string's UTF-16 code units: a stable spread for ids and slugs. */
export function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

/** The shards of a library: page id → [URL, fragment file, clause], grouped by `shardOf`. */
export function splitIntoShards(pages: Record<string, [string, string]>, clauseByUrl: Map<string, AnswerClause>, shards: number): SearchShard[] {
	const out: SearchShard[] = Array.from({ length: shards }, () => ({}));
	for (const [id, [url, fragment]] of Object.entries(pages)) {
		const clause = clauseByUrl.get(url);
		if (clause) out[shardOf(id, shards)]![id] = [url, fragment, clause];
	}
	return out;
}
