import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { replaceFile } from './place-copy';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildManifest, type PagefindBundle, type PagefindEntry, type PagefindManifest } from './search-manifest';
import { PART_BASE } from '../search/parts';
import { ANSWERS_PATH, FILTER_VALUES_PATH, MANIFEST_PATH } from '../search/paths';
import { buildPostings, postingsPath, type ClauseFilterValues } from '../search/filter-postings';
import type { AnswerIndex } from '../search/answers';
import { SHARD_ABOVE, shardCount, shardPath, splitIntoShards } from '../search/shards';

/*
 * Kept apart from search-manifest.ts, which the browser code imports (its types and primaryLanguage): this module
 * reads the built site from disk.
 */

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/** Pagefind's files are gzip with a `pagefind_dcd` signature in front of the content. */
const SIGNATURE = 'pagefind_dcd';
function readPagefindJson(file: string): unknown {
	const text = gunzipSync(readFileSync(file)).toString('utf8');
	return JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text);
}

/**
 * Write `/search/pagefind.json` into a site Pagefind has indexed; throws, with what to do, if it has not. A library
 * of more than `shardAbove` pages gets its search data sharded by page id (src/lib/search/shards.ts): the shards are
 * written, and `/search/answers.json` keeps only what every query needs. `superseded`: the URLs each bundle holds
 * that a delta replaced or the build removed (`indexInParts`).
 */
export function writeSearchManifest(dist: string, shardAbove = SHARD_ABOVE, superseded?: ReadonlyMap<string, ReadonlySet<string>>): PagefindManifest {
	const built = buildManifest(bundlesOf(dist), superseded);
	const count = Object.keys(built.pages).length;
	const manifest = count > shardAbove ? { ...built, pages: {}, ...writeShards(dist, built.pages) } : built;
	const out = join(dist, MANIFEST_PATH);
	mkdirSync(dirname(out), { recursive: true });
	replaceFile(out, JSON.stringify(manifest));
	return manifest;
}

/** The site's Pagefind bundles: `/pagefind/`, then its parts in order (src/lib/build/pagefind-parts.ts). */
function bundlesOf(dist: string): PagefindBundle[] {
	const primary = join(dist, PART_BASE(0));
	if (!existsSync(join(primary, 'pagefind-entry.json'))) throw new Error(`${primary}pagefind-entry.json is missing: run Pagefind on ${dist} first`);
	const bundles = [readBundle(dist, 0)];
	for (let n = 1; existsSync(join(dist, PART_BASE(n), 'pagefind-entry.json')); n++) bundles.push(readBundle(dist, n));
	return bundles;
}

function readBundle(dist: string, n: number): PagefindBundle {
	const base = PART_BASE(n);
	const dir = join(dist, base);
	const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	// The first bundle's folder holds the others' (parts/): they are not its files.
	const all = files(dir)
		.map((f) => ({ path: relative(dir, f).split('\\').join('/'), bytes: statSync(f).size }))
		.filter((f) => !f.path.startsWith('parts/'));
	const pages: Record<string, [string, string]> = {};
	for (const f of all.filter((x) => x.path.startsWith('fragment/'))) {
		const json = readPagefindJson(join(dir, f.path)) as Record<string, unknown>;
		// A bundled fragment file holds many pages by id; a single one (small sites, max_fragments off) holds one.
		if (typeof json.url === 'string') pages[f.path.replace(/^fragment\/|\.pf_fragment$/g, '')] = [json.url, f.path];
		else for (const [id, page] of Object.entries(json)) if (typeof (page as { url?: unknown })?.url === 'string') pages[id] = [(page as { url: string }).url, f.path];
	}
	return { base, entry, files: all, pages };
}

function readBuilt<T>(dist: string, path: string): T {
	const file = join(dist, path);
	if (!existsSync(file)) throw new Error(`${file} is missing: the site was not built by this project's build`);
	return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/**
 * Write the shards of the site's answer index and manifest pages, and the postings of its filter values; leave
 * the answer index without its clauses.
 */
function writeShards(dist: string, pages: PagefindManifest['pages']): Pick<PagefindManifest, 'shards' | 'filters'> {
	const answers = readBuilt<AnswerIndex>(dist, ANSWERS_PATH);
	const table = readBuilt<ClauseFilterValues>(dist, FILTER_VALUES_PATH);
	if (table.clauses.length !== answers.clauses.length) throw new Error(`${FILTER_VALUES_PATH} has ${table.clauses.length} clauses and ${ANSWERS_PATH} ${answers.clauses.length}: build the site again`);
	const shards = shardCount(Object.keys(pages).length);
	const parts = splitIntoShards(pages, new Map(answers.clauses.map((c) => [c.u, c])), shards);
	mkdirSync(dirname(join(dist, shardPath(0))), { recursive: true });
	parts.forEach((part, n) => replaceFile(join(dist, shardPath(n)), JSON.stringify(part)));
	const idOf = new Map(Object.entries(pages).map(([id, [url]]) => [url, id]));
	const postings = buildPostings(table, answers.clauses.map((c) => idOf.get(c.u)));
	mkdirSync(dirname(join(dist, postingsPath(0))), { recursive: true });
	postings.files.forEach((file, n) => replaceFile(join(dist, postingsPath(n)), JSON.stringify(file)));
	replaceFile(join(dist, ANSWERS_PATH), JSON.stringify({ ...answers, clauses: [], count: answers.clauses.length } satisfies AnswerIndex));
	return { shards, filters: postings.index };
}
