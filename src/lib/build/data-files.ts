import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { placeCopies } from './place-copy';
import { dirname, join } from 'node:path';
import type { SiteData } from '../corpus/from-disk';
import { cslItem, cslUrl, risRecord, risUrl } from '../citations/reference-formats';
import { idRedirects } from '../citations/id-table';
import { redirectHtml } from '../citations/permalinks';
import { LEDGER_FORMATS, ledgerCells, ledgerTitle, ledgerUnitIds, sheetHeading, unitLedger, type Ledger } from '../export/ledger';
import { ledgerNote, ledgerXlsx } from '../export/ledger-xlsx';
import { ledgerDocx } from '../export/ledger-docx';
import { buildDay } from '../views/timeline';
import { ledgerUrl } from '../urls';
import { injectCspMeta } from './csp';

/**
 * Files the site publishes in bulk — one or two per clause — that are plain functions of the corpus: the CSL-JSON and
 * RIS citation files and the static `/id/` redirect pages. They are written by the build in one pass, not rendered as
 * Astro routes: at a thousand documents that is some 130,000 files, and Astro's per-route cost (request, middleware,
 * response, two writes) would outweigh their content many times over. The 落实台账 files are here too: few, but each
 * costly (a thousand-document ledger is tens of megabytes of XML to compress), so they are made once per change of
 * their rows and otherwise copied from the build's cache. Their URLs are public like any page's (`permalinks.json`,
 * src/lib/citations/permalinks.ts lists them from `DATA_FILES`).
 */
export type DataFile =
	| { path: string; body: string | Uint8Array }
	/**
	 * A file that is costly to make (the 落实台账): `key` digests everything its bytes are made from, so a build whose
	 * cache holds that key copies the file instead of making it again (`writeDataFiles`' `cache`).
	 */
	| { path: string; key: string; make: () => Uint8Array };

export interface DataFileFamily {
	name: string;
	/** The public paths this family publishes. */
	paths: (site: SiteData) => string[];
	/** Path → body, one file at a time. */
	files: (site: SiteData, siteUrl: string) => Iterable<DataFile>;
}

/** Everything a ledger's files are made of, as one digest: the rows' cells and links, titles, sheet names, the note. */
export function ledgerKey(ledger: Ledger, built: string): string {
	const h = createHash('sha1').update(JSON.stringify([ledgerTitle(ledger.unit), ledgerNote(built), built, ledger.rows]));
	for (const s of ledger.sheets) h.update(JSON.stringify([s.name, sheetHeading(s.doc), s.doc.data.title, s.doc.data.number, ledgerCells(s), s.rows.map((r) => r.url)]));
	return h.digest('base64url');
}

const csl = (items: unknown[]) => `${JSON.stringify(items, null, 2)}\n`;

export const DATA_FILES: DataFileFamily[] = [
	{
		name: 'CSL-JSON citations',
		paths: ({ corpus }) => [...corpus.docs.map((d) => cslUrl(d.url)), ...corpus.clauses.map((c) => cslUrl(c.url))],
		*files({ corpus }, siteUrl) {
			for (const d of corpus.docs) {
				yield { path: cslUrl(d.url), body: csl([cslItem(corpus, d, siteUrl)]) };
				for (const c of d.clauses) yield { path: cslUrl(c.url), body: csl([cslItem(corpus, d, siteUrl, c)]) };
			}
		},
	},
	{
		name: 'RIS citations',
		paths: ({ corpus }) => [...corpus.docs.map((d) => risUrl(d.url)), ...corpus.clauses.map((c) => risUrl(c.url))],
		*files({ corpus }, siteUrl) {
			for (const d of corpus.docs) {
				yield { path: risUrl(d.url), body: risRecord(cslItem(corpus, d, siteUrl)) };
				for (const c of d.clauses) yield { path: risUrl(c.url), body: risRecord(cslItem(corpus, d, siteUrl, c)) };
			}
		},
	},
	{
		// One workbook and one Word file per unit and role (src/lib/export/ledger*.ts); linked from the unit, role and /data/ pages.
		name: '落实台账',
		paths: ({ corpus }) => ledgerUnitIds(corpus).flatMap((id) => LEDGER_FORMATS.map((f) => ledgerUrl(id, f))),
		*files({ corpus }, siteUrl) {
			const built = buildDay();
			for (const id of ledgerUnitIds(corpus)) {
				const ledger = unitLedger(corpus, id, siteUrl)!;
				const key = ledgerKey(ledger, built);
				yield { path: ledgerUrl(id, 'xlsx'), key: `${key}.xlsx`, make: () => ledgerXlsx(ledger, built) };
				yield { path: ledgerUrl(id, 'docx'), key: `${key}.docx`, make: () => ledgerDocx(ledger, built) };
			}
		},
	},
	{
		name: '/id/ redirect pages',
		paths: ({ corpus }) => idRedirects(corpus).map((r) => r.from),
		*files({ corpus }, siteUrl) {
			for (const { from, to } of idRedirects(corpus)) yield { path: `${from}index.html`, body: redirectHtml(to, siteUrl, { title: '正在跳转 · 湘策', text: '按文号链接指向：' }) };
		},
	},
];

export interface DataFilesCache {
	/** A folder of the build's cache (one per content tree), holding the costly files by key. */
	dir: string;
	/** A digest of the code that makes the files: a change to it makes every file again. */
	code: string;
}

/**
 * Write every data file under `dir` (the built site, or a folder merged into it). With a cache, every file is kept
 * there under a name its bytes (or, for a costly file, its key and the code) decide, and placed in the site as a hard
 * link: a rebuild creates no file whose bytes it already has (at a thousand documents, 130,000 files a build, most
 * unchanged; creating a file costs this machine's disk 0.05–0.7 ms, linking one a tenth of that), and a costly file
 * whose key is unchanged is not even made. Entries this build did not use are removed, so the cache holds one
 * build's files. Returns how many files were written, and how many of them were made afresh or found in the cache.
 *
 * The files are made (and every cache name decided) before this returns its promise, so the caller may let the
 * corpus go at once; linking the unchanged ones into the site — tens of thousands of folders and links, seconds of
 * waiting on the disk and little work for the processor — goes on in the background (`placeCopies`) while the
 * build renders the pages, and the promise settles when every file is in place.
 */
export function writeDataFiles(site: SiteData, dir: string, siteUrl: string, cache?: DataFilesCache, families: DataFileFamily[] = DATA_FILES): Promise<{ written: number; made: number; reused: number }> {
	const counts = { written: 0, made: 0, reused: 0 };
	const dirs = new Set<string>();
	const used = new Set<string>();
	const links: [from: string, to: string][] = [];
	if (cache) mkdirSync(cache.dir, { recursive: true });
	// One listing instead of a stat per file: the cache holds tens of thousands of names.
	const kept = new Set(cache ? readdirSync(cache.dir) : []);
	const extension = (path: string) => path.match(/\.[a-z]+$/)?.[0] ?? '';
	const writeNew = (file: string, body: string | Uint8Array) => {
		const parent = dirname(file);
		if (!dirs.has(parent)) {
			mkdirSync(parent, { recursive: true });
			dirs.add(parent);
		}
		writeFileSync(file, body);
	};
	/**
	 * Place a file in the site from the cache when the cache holds `name` (in the background); otherwise make it in
	 * the site and link it into the cache under that name (after it is written whole: a half file never has a valid name).
	 */
	const place = (file: string, name: string, make: () => string | Uint8Array) => {
		const cached = join(cache!.dir, name);
		used.add(name);
		if (kept.has(name)) {
			links.push([cached, file]);
			counts.reused++;
			return;
		}
		writeNew(file, make());
		try {
			linkSync(file, cached);
		} catch {
			copyFileSync(file, `${cached}.tmp`);
			renameSync(`${cached}.tmp`, cached);
		}
		kept.add(name);
		counts.made++;
	};
	for (const family of families) {
		for (const f of family.files(site, siteUrl)) {
			const file = join(dir, f.path);
			counts.written++;
			if ('body' in f) {
				// A page gets its policy now, as Astro's pages get it from the middleware: the CSP stage then only reads
				// the tens of thousands of /id/ pages for their hashes instead of rewriting them.
				const body = typeof f.body === 'string' && f.path.endsWith('.html') ? injectCspMeta(f.body) : f.body;
				if (!cache) {
					writeNew(file, body);
					counts.made++;
				} else place(file, `${createHash('sha1').update(body).digest('base64url')}${extension(f.path)}`, () => body);
				continue;
			}
			if (!cache) {
				writeNew(file, f.make());
				counts.made++;
				continue;
			}
			place(file, `${createHash('sha1').update(`${cache.code}\n${f.key}`).digest('base64url')}${f.key.replace(/^[^.]*/, '')}`, f.make);
		}
	}
	if (cache) for (const entry of kept) if (!used.has(entry)) rmSync(join(cache.dir, entry), { force: true });
	return placeCopies(links, dirs).then(() => counts);
}
