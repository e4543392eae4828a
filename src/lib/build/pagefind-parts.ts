import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PART_BASE } from '../search/parts';
import { fnv1a } from '../search/shards';
import { placeCopy } from './place-copy';

/**
 * The search index in parts. Pagefind's indexer holds every page's words in memory at once, about 90 KB a clause
 * page (3.9 GB at 42,000 clauses, measured): a large library is therefore indexed in parts of about
 * `CLAUSES_PER_PART` clauses, one after another, each into a bundle of its own, and search merges them in the
 * browser (Pagefind's `mergeIndex`). A part is a set of whole documents, chosen by a hash of the document's slug,
 * so a new document changes one part. Each part's bundle is kept in the build's cache under a digest of the pages
 * it indexes and of the indexer: a rebuild indexes again only the parts whose pages changed.
 */

/**
 * Clauses a part holds at most: its indexer then peaks near 2 GB (14,000 clauses: 1.4 GB, measured), and search
 * merges few parts — each adds its own search to every query (×200 in 3 parts: warm queries 247 → 320 ms).
 */
export const CLAUSES_PER_PART = 25_000;

export interface PagefindPart {
	/** Site path of its bundle: the first is Pagefind's own `/pagefind/`, which search loads first. */
	base: string;
	/** Slugs of its documents, sorted. */
	docs: string[];
	clauses: number;
}

/** The parts of a library of these documents (slug and clause count); one part up to `perPart` clauses. */
export function planParts(docs: { slug: string; clauses: number }[], perPart = CLAUSES_PER_PART): PagefindPart[] {
	const total = docs.reduce((n, d) => n + d.clauses, 0);
	const count = Math.max(1, Math.ceil(total / perPart));
	const parts: PagefindPart[] = Array.from({ length: count }, (_, n) => ({ base: PART_BASE(n), docs: [], clauses: 0 }));
	for (const d of [...docs].sort((a, b) => (a.slug < b.slug ? -1 : 1))) {
		// The same slug falls in the same part in every build with as many parts.
		const part = parts[fnv1a(d.slug) % count]!;
		part.docs.push(d.slug);
		part.clauses += d.clauses;
	}
	return parts.filter((p, n) => n === 0 || p.docs.length > 0);
}

/** The clause pages of a part, as Pagefind's `--glob` (relative to the site). */
export function partGlob(part: PagefindPart): string {
	const docs = part.docs.length === 1 ? part.docs[0]! : `{${part.docs.join(',')}}`;
	return `policies/${docs}/*/index.html`;
}

/** The files `partGlob` names, relative to the site, sorted. */
export function partPages(site: string, part: PagefindPart): string[] {
	const pages: string[] = [];
	for (const doc of part.docs) {
		const dir = join(site, 'policies', doc);
		if (!existsSync(dir)) continue;
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html'))) pages.push(`policies/${doc}/${entry.name}/index.html`);
		}
	}
	return pages;
}

/** Fragment files for a part: about 16 clauses' texts to a file (search loads the texts of ~24 candidates). */
export function fragmentFilesFor(clauses: number): number {
	return Math.max(16, Math.ceil(clauses / 16));
}

/** The indexer's arguments for a part, its output folder aside. */
export function partArgs(site: string, part: PagefindPart): string[] {
	return ['--site', site, '--glob', partGlob(part), '--silent', '--max-fragments', String(fragmentFilesFor(part.clauses))];
}

/** A part's cache key: the indexer (`code`: its version and configuration), its arguments and every page's bytes. */
export function partKey(site: string, part: PagefindPart, code: string): string {
	const h = createHash('sha1').update(`${code}\n${partArgs('', part).join(' ')}\n`);
	for (const page of partPages(site, part)) h.update(`${page}\n`).update(readFileSync(join(site, page)));
	return h.digest('base64url');
}

/**
 * What a part other than the first needs: Pagefind's browser code and WASM come from the first bundle, into which
 * the part is merged, so only its entry, metadata, index, filter and fragment files are kept.
 */
const PART_FILES = /^(pagefind-entry\.json|pagefind\..*\.pf_meta|index|filter|fragment)$/;

function keepPartFiles(bundle: string): void {
	for (const name of readdirSync(bundle)) if (!PART_FILES.test(name)) rmSync(join(bundle, name), { recursive: true, force: true });
}

/** Hard-link (or, across file systems, copy) a folder's files into another, creating folders as needed. */
export function linkTree(from: string, to: string): number {
	mkdirSync(to, { recursive: true });
	let n = 0;
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const a = join(from, entry.name);
		const b = join(to, entry.name);
		if (entry.isDirectory()) n += linkTree(a, b);
		else {
			placeCopy(a, b);
			n++;
		}
	}
	return n;
}

export interface IndexedPart {
	part: PagefindPart;
	/** Indexed by this build (false: its bundle was found in the cache). */
	indexed: boolean;
}

/**
 * Index a site's clause pages in parts into its Pagefind bundles. `run(args)` runs the indexer (a child process)
 * with these arguments plus an output path. With `cacheDir`, a part whose key is found there is linked from it, and
 * only this build's parts are kept there afterwards; a part's bundle enters the cache whole (written beside, then
 * renamed), so a failed run leaves nothing that looks like a bundle.
 */
export async function indexInParts(site: string, parts: PagefindPart[], run: (args: string[]) => Promise<void>, cache?: { dir: string; code: string }): Promise<IndexedPart[]> {
	const done: IndexedPart[] = [];
	if (cache) mkdirSync(cache.dir, { recursive: true });
	const used = new Set<string>();
	// The first part's bundle is /pagefind/ itself, which holds the others' folders: it is placed first.
	for (const part of parts) {
		const target = join(site, part.base);
		if (!cache) {
			rmSync(target, { recursive: true, force: true });
			await run([...partArgs(site, part), '--output-path', target]);
			if (part.base !== PART_BASE(0)) keepPartFiles(target);
			done.push({ part, indexed: true });
			continue;
		}
		const key = partKey(site, part, cache.code);
		used.add(key);
		const kept = join(cache.dir, key);
		const indexed = !existsSync(kept);
		if (indexed) {
			const partial = `${kept}.partial`;
			rmSync(partial, { recursive: true, force: true });
			await run([...partArgs(site, part), '--output-path', partial]);
			if (part.base !== PART_BASE(0)) keepPartFiles(partial);
			renameSync(partial, kept);
		}
		linkTree(kept, target);
		done.push({ part, indexed });
	}
	if (cache) for (const entry of readdirSync(cache.dir)) if (!used.has(entry) && statSync(join(cache.dir, entry)).isDirectory()) rmSync(join(cache.dir, entry), { recursive: true, force: true });
	return done;
}
