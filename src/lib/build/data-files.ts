import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteData } from '../corpus/from-disk';
import { cslItem, cslUrl, risRecord, risUrl } from '../citations/reference-formats';
import { idRedirects } from '../citations/id-table';
import { redirectHtml } from '../citations/permalinks';

/**
 * Files the site publishes in bulk — one or two per clause — that are plain functions of the corpus: the CSL-JSON and
 * RIS citation files and the static `/id/` redirect pages. They are written by the build in one pass, not rendered as
 * Astro routes: at a thousand documents that is some 130,000 files, and Astro's per-route cost (request, middleware,
 * response, two writes) would outweigh their content many times over. Their URLs are public like any page's
 * (`permalinks.json`, src/lib/citations/permalinks.ts lists them from `DATA_FILES`).
 */
export interface DataFileFamily {
	name: string;
	/** The public paths this family publishes. */
	paths: (site: SiteData) => string[];
	/** Path → body, one file at a time. */
	files: (site: SiteData, siteUrl: string) => Iterable<{ path: string; body: string }>;
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
		name: '/id/ redirect pages',
		paths: ({ corpus }) => idRedirects(corpus).map((r) => r.from),
		*files({ corpus }, siteUrl) {
			for (const { from, to } of idRedirects(corpus)) yield { path: `${from}index.html`, body: redirectHtml(to, siteUrl, { title: '正在跳转 · 湘策', text: '按文号链接指向：' }) };
		},
	},
];

/** Write every data file under `dir` (the built site, or a folder merged into it); returns how many. */
export function writeDataFiles(site: SiteData, dir: string, siteUrl: string): number {
	let n = 0;
	const made = new Set<string>();
	for (const family of DATA_FILES) {
		for (const f of family.files(site, siteUrl)) {
			const file = join(dir, f.path);
			const parent = dirname(file);
			if (!made.has(parent)) {
				mkdirSync(parent, { recursive: true });
				made.add(parent);
			}
			writeFileSync(file, f.body);
			n++;
		}
	}
	return n;
}

/**
 * Move a folder's files into another, merging folders that exist in both (the build writes the data files before
 * Astro runs, so the corpus need not stay in memory during the Astro build, then moves them into the built site).
 */
export function mergeInto(from: string, to: string): void {
	for (const name of readdirSync(from)) {
		const a = join(from, name);
		const b = join(to, name);
		if (!existsSync(b)) renameSync(a, b);
		else if (statSync(a).isDirectory() && statSync(b).isDirectory()) mergeInto(a, b);
		else {
			rmSync(b, { recursive: true, force: true });
			renameSync(a, b);
		}
	}
	rmSync(from, { recursive: true, force: true });
}
