/**
 * Search benchmark against the built site, in headless Chromium (npm run bench -- search):
 *   - the size of what search downloads (Pagefind's index, fragments, filters, WASM and JS, and the lexicon);
 *   - the first query on a clause page, cold cache: typed as search opens (from the focus) and typed after it (from the
 *     keystroke), to the first results shown and to the final ranking, repeated;
 *   - warm query latency: every search case and question typed into the same header box, then all of them again;
 *   - one Pagefind search of a word by itself, common words to rare (its cost grows with the clauses it finds);
 *   - what else was running (load average, busiest processes), before and after.
 * Latencies are the `xiangce-search` measures the engine records (src/scripts/search/engine.ts). Prints medians;
 * never fails on a time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { dist, launch, root, serveDist } from '../../tests/browser/harness';
import { loadCases, loadQuestions } from '../../tests/search/evaluate';
import { spawnSync } from 'node:child_process';
import { ANSWERS_PATH, LEXICON_PATH, MANIFEST_PATH } from '../../src/lib/search/paths';

const COLD_RUNS = 15;
const CLAUSE_PAGE = '/policies/xiang-zheng-ban-fa-2018-82/4-15/';
const FIRST_QUERY = '产教融合实训基地';
/** Words from common to rare in the texts, for the cost of one Pagefind search by itself. */
const PAGEFIND_WORDS = ['职业', '教育', '企业', '学校', '产教融合', '实训基地', '推荐书', '现场工程师'];

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
		// A part's bundle (pagefind/parts/<n>/, an index in parts) is counted with the first one's.
		const rel = relative(join(dist, 'pagefind'), file).replace(/^parts\/\d+\//, '');
		if (/(^|\/)pagefind-(component-|modular-)?ui|pagefind-highlight|playground/.test(rel)) continue;
		const group = rel.startsWith('index/') ? 'word index chunks' : rel.startsWith('fragment/') ? 'fragments (bundled)' : rel.startsWith('filter/') ? 'filter chunks' : rel.endsWith('.pf_meta') ? 'metadata' : rel.includes('wasm') ? 'WASM' : 'JS and entry';
		add(group, file);
	}
	add('lexicon.json', join(dist, LEXICON_PATH));
	add('answers.json', join(dist, ANSWERS_PATH));
	add('pagefind.json (manifest)', join(dist, MANIFEST_PATH));
	// A sharded library's search data (src/lib/search/shards.ts, filter-postings.ts): fetched a few at a time.
	for (const [group, dir] of [['shards (sharded library)', 'search/shards'], ['filter postings (sharded)', 'search/filters']] as const) {
		if (existsSync(join(dist, dir))) for (const file of files(join(dist, dir))) add(group, file);
	}
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

/** Type a query into the header box and wait for its final results; return the engine's times for it. */
async function headerQuery(page: Page, q: string): Promise<Times> {
	await page.locator('#site-search-q').fill(q);
	return resultsTime(page, q);
}

interface Times {
	/** Until results were first shown (before the clause texts arrived, or the final list when they were there). */
	first: number;
	/** Until the final, re-ranked list. */
	final: number;
}

/** Wait for the header panel to show a query's final results; return the engine's times for it. */
async function resultsTime(page: Page, q: string): Promise<Times> {
	await page.waitForFunction((expected) => {
		const panel = document.querySelector<HTMLElement>('#site-search-panel');
		return panel?.dataset.state === 'done' && panel.dataset.q === expected;
		// Polled on a timer, not every animation frame, so the waiting does not take the page's time.
	}, q, { polling: 50 });
	const ends = await stageEnds(page, q);
	return { first: ends.first.duration, final: ends.final.duration };
}

/** The last `first` and `final` measures of a query (no helper functions inside: the page gets the code as text). */
async function stageEnds(page: Page, q: string): Promise<{ first: { start: number; duration: number }; final: { start: number; duration: number } }> {
	return page.evaluate((expected) => {
		const out = { first: { start: NaN, duration: NaN }, final: { start: NaN, duration: NaN } };
		for (const m of performance.getEntriesByName('xiangce-search') as PerformanceMeasure[]) {
			const d = m.detail as { q: string; stage: 'first' | 'final' };
			if (d.q === expected) out[d.stage] = { start: m.startTime, duration: m.duration };
		}
		return out;
	}, q);
}

/** What else is keeping the machine busy: load averages and the busiest other processes (name and CPU share only). */
function machineLoad(): string {
	const [one, five] = os.loadavg();
	const ps = spawnSync('ps', ['-eo', 'pcpu,comm', '--sort=-pcpu', '--no-headers'], { encoding: 'utf8' });
	const busy = (ps.stdout ?? '')
		.split('\n')
		.map((l) => l.trim().split(/\s+/))
		.filter(([cpu, name]) => Number(cpu) >= 10 && name && !['ps'].includes(name))
		.slice(0, 6)
		.map(([cpu, name]) => `${name} ${cpu}%`);
	return `load average ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min) on ${os.cpus().length} cores; busiest processes: ${busy.join(', ') || 'none above 10% CPU'}`;
}

type Opening = 'typed-at-open' | 'typed-after-open';

/**
 * The first query on a clause page, each run in a new browser context (empty HTTP cache, new renderer):
 *   typed-at-open     the query is in the box as it is focused: the time covers loading search and answering
 *                     (worst case; the figure the goal is about), from the focus;
 *   typed-after-open  focus, then the first keystroke 300 ms later (a person moving to type): from the keystroke.
 */
async function firstQueries(browser: Browser, url: string, opening: Opening): Promise<{ times: Times[]; bytes: number }> {
	const times: Times[] = [];
	let bytes = 0;
	for (let i = 0; i < COLD_RUNS; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${url}${CLAUSE_PAGE}`);
		await page.waitForLoadState('networkidle');
		if (opening === 'typed-at-open') {
			await page.locator('#site-search-q').evaluate((input: HTMLInputElement, q) => {
				input.value = q;
				input.focus();
			}, FIRST_QUERY);
			times.push(await resultsTime(page, FIRST_QUERY));
		} else {
			await page.locator('#site-search-q').focus();
			await page.waitForTimeout(300);
			const typed = await page.evaluate(() => performance.now());
			await page.locator('#site-search-q').fill(FIRST_QUERY);
			await resultsTime(page, FIRST_QUERY);
			// From the keystroke (the engine times the query from its call, after the panel's debounce).
			const ends = await stageEnds(page, FIRST_QUERY);
			times.push({ first: ends.first.start + ends.first.duration - typed, final: ends.final.start + ends.final.duration - typed });
		}
		bytes = await page.evaluate(() =>
			(performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((r) => r.name.includes('/pagefind/') || r.name.includes('/search/') || r.name.includes('/_astro/'))
				.reduce((n, r) => n + r.encodedBodySize, 0),
		);
		await context.close();
	}
	return { times, bytes };
}

const stats = (xs: number[], digits = 0) => `median ${median(xs).toFixed(digits)} ms  (min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)})`;

async function main() {
	console.log(`machine before: ${machineLoad()}\n`);
	indexSize();
	const site = await serveDist();
	const browser = await launch();
	try {
		console.log(`\nfirst query on a clause page (${CLAUSE_PAGE}), cold cache, “${FIRST_QUERY}”, ${COLD_RUNS} runs each, headless Chromium.`);
		console.log('Method: every run opens the page in a new browser context (empty cache, new renderer), waits for the network to');
		console.log('settle, then opens search by focusing the header box; times are the engine’s `xiangce-search` measures.');
		for (const opening of ['typed-at-open', 'typed-after-open'] as const) {
			const r = await firstQueries(browser, site.url, opening);
			const label = opening === 'typed-at-open' ? 'query in the box as search opens, from the focus' : 'first keystroke 300 ms after the focus, from the keystroke';
			console.log(`  ${label}:`);
			console.log(`    first results   ${stats(r.times.map((t) => t.first))}`);
			console.log(`    final ranking   ${stats(r.times.map((t) => t.final))}`);
			if (opening === 'typed-at-open') console.log(`    ${kb(r.bytes)} fetched (this test server does not compress; Pagefind's files are compressed already)`);
		}

		const queries = [...new Set([...loadCases(root).map((c) => c.q), ...loadQuestions(root).map((c) => c.q)])];
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}${CLAUSE_PAGE}`);
		await page.keyboard.press('/');
		await headerQuery(page, FIRST_QUERY);
		const pass = async () => {
			const times: number[] = [];
			for (const q of queries) times.push((await headerQuery(page, q)).final);
			return times.filter(Number.isFinite);
		};
		const warm = await pass();
		const repeat = await pass();
		console.log(`\nwarm queries (engine loaded; ${queries.length} distinct queries of the search cases and questions, to the final ranking):`);
		console.log(`  median ${median(warm).toFixed(1)} ms  p90 ${quantile(warm, 0.9).toFixed(1)} ms  max ${Math.max(...warm).toFixed(1)} ms`);
		console.log(`same queries again:`);
		console.log(`  median ${median(repeat).toFixed(1)} ms  p90 ${quantile(repeat, 0.9).toFixed(1)} ms  max ${Math.max(...repeat).toFixed(1)} ms`);
		// What one Pagefind search costs by itself, on the index the engine loaded (every part merged): it grows with
		// the clauses a word is found in, which is what holds warm queries back in a large library.
		const perWord = await page.evaluate(async ({ words, bundle }) => {
			const pagefind = (await import(bundle)) as { search: (t: string) => Promise<{ results: unknown[] }> };
			const rows: { word: string; found: number; ms: number[] }[] = [];
			for (const word of words) {
				const ms: number[] = [];
				let found = 0;
				for (let i = 0; i < 4; i++) {
					const t = performance.now();
					found = (await pagefind.search(word)).results.length;
					ms.push(performance.now() - t);
				}
				rows.push({ word, found, ms: ms.slice(1) });
			}
			return rows;
		}, { words: PAGEFIND_WORDS, bundle: '/pagefind/pagefind.js' });
		console.log(`\nPagefind alone, one search of a word (index loaded; median of 3 after a first):`);
		for (const r of perWord) console.log(`  ${r.word.padEnd(6, '　')} ${String(r.found).padStart(6)} clauses  ${median(r.ms).toFixed(1).padStart(7)} ms`);
		await context.close();
	} finally {
		await browser.close();
		await site.close();
	}
	console.log(`\nmachine after: ${machineLoad()}`);
}

await main();
