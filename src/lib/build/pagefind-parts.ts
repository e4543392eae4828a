import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** Each clause page of a part with a digest of its bytes, by path relative to the site. */
export function pageDigests(site: string, part: PagefindPart): Record<string, string> {
	return Object.fromEntries(partPages(site, part).map((page) => [page, createHash('sha1').update(readFileSync(join(site, page))).digest('base64url')]));
}

/** A part's cache key: the indexer (`code`: its version and configuration), its arguments and every page's bytes. */
export function partKey(site: string, part: PagefindPart, code: string, digests = pageDigests(site, part)): string {
	const h = createHash('sha1').update(`${code}\n${partArgs('', part).join(' ')}\n`);
	for (const [page, digest] of Object.entries(digests)) h.update(`${page}\n${digest}\n`);
	return h.digest('base64url');
}

/** The URL Pagefind gives a page (`policies/a/1/index.html` → `/policies/a/1/`). */
export const pageUrl = (page: string): string => `/${page.replace(/index\.html$/, '')}`;

/**
 * How many of a part's pages may differ from those its bundle was indexed from before the part is indexed again
 * whole: below it, only those pages are indexed, into a small bundle searched beside the part's (a "delta"). A
 * one-clause edit changes some 80 clause pages (the clause, its neighbours, the clauses that list it as related);
 * indexing them takes a second where the whole part of 10,000 clauses takes six. The cap keeps the list of replaced
 * pages the manifest carries short.
 */
export function deltaLimit(pages: number): number {
	return Math.max(100, Math.min(1000, Math.floor(pages / 10)));
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
	/** Indexed by this build (false: its bundle was found in the cache, whole or with a delta). */
	indexed: boolean;
	/** The pages changed since the part's bundle was indexed, indexed by this build into a bundle of their own. */
	delta?: { base: string; pages: number };
	/** URLs the part's bundle holds that this build replaced (in the delta) or removed: search must drop them. */
	superseded: string[];
}

/** What the cache remembers of a part's last whole bundle: its key, the indexer that made it, the pages it indexed. */
interface PartRecord {
	key: string;
	code: string;
	pages: Record<string, string>;
}

const recordFile = (cacheDir: string, n: number) => join(cacheDir, `part-${n}.json`);

/** The record of part `n`, when its bundle is still in the cache and was made by this indexer (`code`). */
function readRecord(cacheDir: string, n: number, code: string): PartRecord | undefined {
	try {
		const r = JSON.parse(readFileSync(recordFile(cacheDir, n), 'utf8')) as PartRecord;
		return r.code === code && existsSync(join(cacheDir, r.key)) ? r : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Run the indexer into a cache entry named `key` (written beside, then renamed: a failed run leaves nothing that
 * looks like a bundle), unless the cache has it. Returns whether it ran.
 */
async function indexInto(cacheDir: string, key: string, args: string[], isPart: boolean, run: (args: string[]) => Promise<void>): Promise<boolean> {
	const kept = join(cacheDir, key);
	if (existsSync(kept)) return false;
	const partial = `${kept}.partial`;
	rmSync(partial, { recursive: true, force: true });
	await run([...args, '--output-path', partial]);
	if (isPart) keepPartFiles(partial);
	renameSync(partial, kept);
	return true;
}

/**
 * Index a site's clause pages in parts into its Pagefind bundles. `run(args)` runs the indexer (a child process)
 * with these arguments plus an output path. With `cacheDir`, a part whose key is found there is linked from it, and
 * only this build's parts are kept there afterwards; a part's bundle enters the cache whole (written beside, then
 * renamed), so a failed run leaves nothing that looks like a bundle.
 *
 * A part whose pages changed a little since its bundle was made keeps that bundle, and the changed pages are indexed
 * into a delta bundle of their own, served after the parts (`/pagefind/parts/<parts + i>/`): search merges it like
 * any part and drops the part's results for the pages it replaces (`superseded`, into the manifest). Past
 * `deltaLimit` the part is indexed again whole, and that bundle is the one later deltas are made against.
 */
export async function indexInParts(site: string, parts: PagefindPart[], run: (args: string[]) => Promise<void>, cache?: { dir: string; code: string }): Promise<IndexedPart[]> {
	const done: IndexedPart[] = [];
	if (cache) mkdirSync(cache.dir, { recursive: true });
	const used = new Set<string>();
	let deltas = 0;
	// The first part's bundle is /pagefind/ itself, which holds the others' folders: it is placed first.
	for (const [n, part] of parts.entries()) {
		const target = join(site, part.base);
		if (!cache) {
			rmSync(target, { recursive: true, force: true });
			await run([...partArgs(site, part), '--output-path', target]);
			if (part.base !== PART_BASE(0)) keepPartFiles(target);
			done.push({ part, indexed: true, superseded: [] });
			continue;
		}
		const digests = pageDigests(site, part);
		const key = partKey(site, part, cache.code, digests);
		const record = readRecord(cache.dir, n, cache.code);
		const changed = record && record.key !== key ? Object.keys(digests).filter((p) => record.pages[p] !== digests[p]) : [];
		const removed = record && record.key !== key ? Object.keys(record.pages).filter((p) => !(p in digests)) : [];
		// A page another part now holds (the parts were planned anew) would be found twice under one id: whole again.
		const moved = removed.some((p) => parts.some((other) => other !== part && other.docs.includes(p.split('/')[1]!)));
		const asDelta = record !== undefined && record.key !== key && !moved && !existsSync(join(cache.dir, key)) && changed.length + removed.length <= deltaLimit(Object.keys(digests).length);
		if (!asDelta) {
			const indexed = await indexInto(cache.dir, key, partArgs(site, part), part.base !== PART_BASE(0), run);
			used.add(key);
			linkTree(join(cache.dir, key), target);
			writeFileSync(recordFile(cache.dir, n), JSON.stringify({ key, code: cache.code, pages: digests } satisfies PartRecord));
			done.push({ part, indexed, superseded: [] });
			continue;
		}
		used.add(record.key);
		linkTree(join(cache.dir, record.key), target);
		const entry: IndexedPart = { part, indexed: false, superseded: [...changed, ...removed].map(pageUrl) };
		if (changed.length) {
			const base = PART_BASE(parts.length + deltas++);
			const deltaKey = createHash('sha1').update(JSON.stringify([cache.code, record.key, changed.map((p) => [p, digests[p]])])).digest('base64url');
			used.add(deltaKey);
			// The changed pages alone, at their paths, in a site of their own (Pagefind takes a page's URL from its path).
			const pages = join(cache.dir, `delta-pages-${n}`);
			rmSync(pages, { recursive: true, force: true });
			for (const p of changed) {
				mkdirSync(join(pages, dirname(p)), { recursive: true });
				placeCopy(join(site, p), join(pages, p));
			}
			const args = ['--site', pages, '--glob', 'policies/*/*/index.html', '--silent', '--max-fragments', String(fragmentFilesFor(changed.length))];
			entry.indexed = await indexInto(cache.dir, deltaKey, args, true, run);
			rmSync(pages, { recursive: true, force: true });
			linkTree(join(cache.dir, deltaKey), join(site, base));
			entry.delta = { base, pages: changed.length };
		}
		done.push(entry);
	}
	if (cache) for (const entry of readdirSync(cache.dir)) if (!used.has(entry) && statSync(join(cache.dir, entry)).isDirectory()) rmSync(join(cache.dir, entry), { recursive: true, force: true });
	return done;
}
