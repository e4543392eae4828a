import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const root = resolve(import.meta.dirname, '../..');
export const dist = resolve(root, process.env.XIANGCE_DIST ?? 'dist');
const defaultDist = dist;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.ics': 'text/calendar',
	'.pf_meta': 'application/octet-stream',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Serve dist/ (or another built site) on a loopback port, as a static host would (directory → index.html, 404 page). */
export async function serveDist(dist = defaultDist): Promise<{ url: string; close: () => Promise<void> }> {
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no built site: run \`npm run build\` first`);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(dist, path));
		if (!file.startsWith(dist)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(dist, '404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html']! });
			return void res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
		}
		res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Find a Chromium; fail with the install command when there is none. */
export function chromiumPath(): string {
	const found = CANDIDATES.find((p): p is string => Boolean(p) && existsSync(p!));
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium/Chrome binary.',
		);
	}
	return found;
}

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** Serve dist/ (or the site `folder()` names once the tests start) and launch Chromium for the tests of one file; both are closed after them. */
export function useSite(folder: () => string = () => dist): { readonly url: string; readonly browser: Browser } {
	let site: Awaited<ReturnType<typeof serveDist>> | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		site = await serveDist(folder());
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get url() {
			return site!.url;
		},
		get browser() {
			return browser!;
		},
	};
}

export interface PageOptions {
	width?: number;
	height?: number;
	colorScheme?: 'light' | 'dark';
	/** Only for audits that inject a script (axe): the site's CSP rightly forbids that. */
	bypassCSP?: boolean;
	/** Run the page without JavaScript (progressive enhancement checks). */
	javaScriptEnabled?: boolean;
	/** Accept downloads (Playwright’s default; false to check a page offers none). */
	acceptDownloads?: boolean;
	/** Set up the page before it loads (routes that must see the page's first requests). */
	before?: (page: Page) => Promise<unknown>;
}

/** Open a page and collect console errors and failed requests while it is used. */
export async function openPage(browser: Browser, url: string, opts: PageOptions = {}): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, colorScheme: opts.colorScheme ?? 'light', bypassCSP: opts.bypassCSP ?? false, javaScriptEnabled: opts.javaScriptEnabled ?? true, acceptDownloads: opts.acceptDownloads ?? true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
	await opts.before?.(page);
	await page.goto(url);
	return { page, errors };
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core violations on the page (open it with `bypassCSP`): serious and critical unless `impacts` says otherwise. */
export async function axeViolations(page: Page, opts: { include?: string[]; impacts?: string[]; runOnly?: string[] } = {}): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const impacts = opts.impacts ?? ['serious', 'critical'];
	return page.evaluate(async ([sel, keep, tags]) => {
		type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<Result> } }).axe;
		const r = await axe.run(sel ? { include: sel.map((s) => [s]) } : document, tags ? { runOnly: tags } : { resultTypes: ['violations'] });
		return r.violations.filter((v) => keep.includes(v.impact)).map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	}, [opts.include, impacts, opts.runOnly] as const);
}

/** Heading levels in document order; a page has one h1 and never skips a level going down. */
export async function headingProblems(page: Page): Promise<string[]> {
	const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
	const problems: string[] = [];
	if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1 elements`);
	for (let i = 1; i < levels.length; i++) if (levels[i]! - levels[i - 1]! > 1) problems.push(`h${levels[i]} after h${levels[i - 1]}`);
	return problems;
}

/** How far the page scrolls sideways (0 when it fits). */
export const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Pages in a PDF (Chromium writes one `/Type /Page` object per page, uncompressed). */
export function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
