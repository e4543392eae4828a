/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) for home, a document, a clause and search,
 * run with Debian's Chromium against the built site on loopback. Median of 3 runs per page.
 */
import { serveDist, chromiumPath } from '../../tests/browser/harness';

// Lighthouse is heavy (≈ 60 MB) and only this benchmark uses it, so it is not installed by default.
// Typed here, not from the packages, so the type check passes without them.
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined>;
type ChromeLauncher = { launch(o: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }> };
const optional = (name: string): Promise<Record<string, unknown>> => import(/* @vite-ignore */ name);
let lighthouse: Lighthouse;
let chromeLauncher: ChromeLauncher;
try {
	lighthouse = (await optional('lighthouse')).default as Lighthouse;
	chromeLauncher = (await optional('chrome-launcher')) as unknown as ChromeLauncher;
} catch {
	console.log('lighthouse: skipped — Lighthouse is not installed. To run this benchmark: npm install --no-save lighthouse chrome-launcher');
	process.exit(0);
}

const pages = ['/', '/policies/xiang-zheng-han-2023-168/', '/policies/xiang-zheng-han-2023-168/2-1-3/', '/search/?q=现场工程师'];
const RUNS = Number(process.env.XIANGCE_LH_RUNS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const site = await serveDist();
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath(),
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
	console.log(`${'page'.padEnd(44)} perf  a11y  best   seo   (median of ${RUNS}, mobile emulation, simulated throttling)`);
	for (const path of pages) {
		const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
		for (let i = 0; i < RUNS; i++) {
			const r = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(scores) });
			for (const k of Object.keys(scores)) scores[k]!.push(Math.round((r?.lhr.categories[k]?.score ?? 0) * 100));
		}
		console.log(`${path.padEnd(44)} ${Object.values(scores).map((s) => String(median(s)).padStart(4)).join('  ')}`);
	}
} finally {
	chrome.kill();
	await site.close();
}
