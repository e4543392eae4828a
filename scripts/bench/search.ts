/**
 * Search benchmark against the built site, in headless Chromium (npm run bench -- search):
 *   - the size of what search downloads (Pagefind's index, fragments, filters, WASM and JS, and the lexicon);
 *   - the first query on a clause page, typed as search opens, from opening (focus) to results, cold cache, repeated;
 *   - warm query latency: every search case typed into the same header box, then all of them again.
 * Latencies are the `xiangce-search` measures the engine records (src/scripts/search/engine.ts). Prints medians;
 * never fails on a time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { dist, launch, root, serveDist } from '../../tests/browser/harness';
import { loadCases } from '../../tests/search/evaluate';
import { ANSWERS_PATH, LEXICON_PATH, MANIFEST_PATH } from '../../src/lib/search/paths';

const COLD_RUNS = 7;
const CLAUSE_PAGE = '/policies/xiang-zheng-ban-fa-2018-82/4-15/';
const FIRST_QUERY = '产教融合实训基地';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/** Pagefind's bundle minus its prebuilt UIs (this site has its own), grouped; raw and gzip bytes. */
function indexSize(): void {
	const groups = new Map<string, { n: number; raw: number; gz: number }>();
	const add = (group: string, file: string) => {
		const bytes = readFileSync(file);
		const g = groups.get(group) ?? { n: 0, raw: 0, gz: 0 };
		g.n++;
		g.raw += bytes.length;
		g.gz += gzipSync(bytes).length;
		groups.set(group, g);
	};
	for (const file of files(join(dist, 'pagefind'))) {
		const rel = relative(join(dist, 'pagefind'), file);
		if (/(^|\/)pagefind-(component-|modular-)?ui|pagefind-highlight|playground/.test(rel)) continue;
		const group = rel.startsWith('index/') ? 'word index chunks' : rel.startsWith('fragment/') ? 'fragments (bundled)' : rel.startsWith('filter/') ? 'filter chunks' : rel.endsWith('.pf_meta') ? 'metadata' : rel.includes('wasm') ? 'WASM' : 'JS and entry';
		add(group, file);
	}
	add('lexicon.json', join(dist, LEXICON_PATH));
	console.log('search files (Pagefind files are stored compressed; gzip column for the rest):');
	let raw = 0;
	let gz = 0;
	for (const [name, g] of groups) {
		console.log(`  ${name.padEnd(28)} ${String(g.n).padStart(4)} files  ${kb(g.raw).padStart(9)}  gzip ${kb(g.gz).padStart(9)}`);
		raw += g.raw;
		gz += g.gz;
	}
	console.log(`  ${'total'.padEnd(28)} ${' '.repeat(10)}  ${kb(raw).padStart(9)}  gzip ${kb(gz).padStart(9)}`);
}

/** Type a query into the header box and wait for its results; return the engine's time for it. */
async function headerQuery(page: Page, q: string): Promise<number> {
	await page.locator('#site-search-q').fill(q);
	return resultsTime(page, q);
}

/** Wait for the header panel to show a query's results; return the engine's time for it. */
async function resultsTime(page: Page, q: string): Promise<number> {
	await page.waitForFunction((expected) => {
		const panel = document.querySelector<HTMLElement>('#site-search-panel');
		return panel?.dataset.state === 'done' && panel.dataset.q === expected;
	}, q);
	return page.evaluate((expected) => {
		const measures = performance.getEntriesByName('xiangce-search') as PerformanceMeasure[];
		const m = measures.filter((x) => (x.detail as { q: string }).q === expected).at(-1);
		return m ? m.duration : NaN;
	}, q);
}

async function firstQueries(browser: Browser, url: string): Promise<{ times: number[]; bytes: number }> {
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < COLD_RUNS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${url}${CLAUSE_PAGE}`);
		// The query is typed as search opens: the time covers loading search and answering.
		await page.locator('#site-search-q').evaluate((input: HTMLInputElement, q) => {
			input.value = q;
			input.focus();
		}, FIRST_QUERY);
		times.push(await resultsTime(page, FIRST_QUERY));
		bytes = await page.evaluate(() =>
			(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((r) => r.name.includes('/pagefind/') || r.name.includes('/search/') || r.name.includes('/_astro/'))
				.reduce((n, r) => n + r.encodedBodySize, 0),
		);
		await context.close();
	}
	return { times, bytes };
}

async function main() {
	const load = os.loadavg()[0]!;
	if (load > os.cpus().length) console.log(`note: load average ${load.toFixed(1)} on ${os.cpus().length} cores; timings are inflated\n`);
	indexSize();
	const site = await serveDist();
	const browser = await launch();
	try {
		const first = await firstQueries(browser, site.url);
		console.log(`\nfirst query on a clause page, cold cache (“${FIRST_QUERY}”, from opening search to results, ${COLD_RUNS} runs):`);
		console.log(`  median ${median(first.times).toFixed(0)} ms  (min ${Math.min(...first.times).toFixed(0)}, max ${Math.max(...first.times).toFixed(0)})`);
		console.log(`  ${kb(first.bytes)} fetched (this test server does not compress; Pagefind's files are compressed already)`);

		const queries = [...new Set(loadCases(root).map((c) => c.q))];
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}${CLAUSE_PAGE}`);
		await page.keyboard.press('/');
		await headerQuery(page, FIRST_QUERY);
		const pass = async () => {
			const times: number[] = [];
			for (const q of queries) times.push(await headerQuery(page, q));
			return times.filter(Number.isFinite);
		};
		const warm = await pass();
		const repeat = await pass();
		console.log(`\nwarm queries (engine loaded; ${queries.length} distinct queries from the search cases, each may still fetch index chunks and fragments):`);
		console.log(`  median ${median(warm).toFixed(1)} ms  p90 ${quantile(warm, 0.9).toFixed(1)} ms  max ${Math.max(...warm).toFixed(1)} ms`);
		console.log(`same queries again (everything cached):`);
		console.log(`  median ${median(repeat).toFixed(1)} ms  p90 ${quantile(repeat, 0.9).toFixed(1)} ms  max ${Math.max(...repeat).toFixed(1)} ms`);
		await context.close();
	} finally {
		await browser.close();
		await site.close();
	}
}

await main();
