/**
 * Build the site: validate content, build into a temporary folder, add the CSP, index it for search, then swap
 * it in. A failure at any step leaves the previous dist/ untouched.
 *   npm run build              (XIANGCE_BUILD_STATS=<file> also writes each stage's time and peak memory as JSON)
 *
 * The content is read and validated once, here; the Astro build runs in this process and its content-layer loader
 * takes the validated content from memory (src/lib/corpus/from-disk.ts `shareValidContent`). Pages whose data did
 * not change are reused from Astro's incremental cache (node_modules/.astro), so a one-clause edit rebuilds little.
 */
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { readContent } from '../src/lib/content/read';
import { YamlMemo } from '../src/lib/content/yaml-memo';
import { causeCount, validateContent, type ValidContent } from '../src/lib/content/validate';
import { formatIssue, internalError } from '../src/lib/content/error-map';
import { checkPublishedAt } from '../src/lib/citations/published';
import { routeFiles } from '../src/lib/citations/routes';
import { shareRelated, shareValidContent, siteDataOf, unshareValidContent, type SiteData } from '../src/lib/corpus/from-disk';
import { relatedInput } from '../src/lib/corpus/related';
import { relatedInWorker } from '../src/lib/build/related-worker';
import { writeDataFiles } from '../src/lib/build/data-files';
import { CachedPageLinks } from '../src/lib/build/astro-cache-link';
import { SITE_URL } from '../src/lib/site-url';
import { requireLoggedChanges } from '../src/lib/build/change-gate';
import { addCspToSite } from '../src/lib/build/csp-site';
import { writeSearchManifest } from '../src/lib/build/search-manifest-site';
import { manifestSummary } from '../src/lib/build/search-manifest';
import { CLAUSES_PER_PART, indexInParts, planParts } from '../src/lib/build/pagefind-parts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.XIANGCE_DIST ?? 'dist');
const tmp = `${out}.tmp`;
const old = `${out}.old`;
// Tests and benchmarks point this at another content tree (an invalid fixture, a synthetic corpus).
const contentRoot = resolve(process.env.XIANGCE_CONTENT_ROOT ?? root);

interface StageStat {
	stage: string;
	seconds: number;
	/** Peak resident memory during the stage, MB (the build process, or the child process for Pagefind). */
	peakMB: number;
	/** At the stage's end, MB: the JavaScript heap in use, and memory outside it (buffers, typed arrays, native). */
	heapMB?: number;
	offHeapMB?: number;
	externalMB?: number;
	/** For a stage run by a child process: the child's own peak (`peakMB` adds this process, resident meanwhile). */
	childMB?: number;
}
const stats: StageStat[] = [];
const mb = (kb: number) => Math.round(kb / 1024);

function fail(message: string): never {
	rmSync(tmp, { recursive: true, force: true });
	console.error(`\nbuild: ${message}; ${existsSync(out) ? `the previous ${out} is untouched` : 'nothing was written'}.`);
	process.exit(1);
}

/** Where the memory is at a stage's end: a heap cap reaches only the first; `external` (buffers) is part of the second. */
function heapNow(): { heapMB: number; offHeapMB: number; externalMB: number } {
	const m = process.memoryUsage();
	const MB = (b: number) => Math.round(b / 2 ** 20);
	return { heapMB: MB(m.heapUsed), offHeapMB: MB(m.rss - m.heapTotal), externalMB: MB(m.external) };
}

/**
 * Run a stage in this process, sampling its resident memory every 50 ms. `mark(name)` closes a sub-stage (the
 * Astro build reports content sync, bundling and page rendering through its integration hooks).
 */
async function stage<T>(name: string, run: (mark: (sub: string) => void) => T | Promise<T>): Promise<T> {
	const rss = () => process.memoryUsage.rss() / 1024;
	const t = performance.now();
	let peak = rss();
	let sub = { t, peak };
	const timer = setInterval(() => {
		const now = rss();
		peak = Math.max(peak, now);
		sub.peak = Math.max(sub.peak, now);
	}, 50);
	const mark = (part: string) => {
		const now = performance.now();
		stats.push({ stage: `${name}: ${part}`, seconds: (now - sub.t) / 1000, peakMB: mb(Math.max(sub.peak, rss())), ...heapNow() });
		sub = { t: now, peak: rss() };
	};
	try {
		const result = await run(mark);
		peak = Math.max(peak, rss());
		const seconds = (performance.now() - t) / 1000;
		const heap = heapNow();
		stats.push({ stage: name, seconds, peakMB: mb(peak), ...heap });
		console.log(`build: ${name} done in ${seconds.toFixed(1)} s (peak ${mb(peak)} MB; now heap ${heap.heapMB} MB, outside it ${heap.offHeapMB} MB, of which buffers ${heap.externalMB} MB)`);
		return result;
	} catch (e) {
		fail(`${name} failed: ${(e as Error).message?.split('\n')[0] ?? e}`);
	} finally {
		clearInterval(timer);
	}
}

/** Where Astro keeps its content store and incremental cache: one per content tree, so fixture builds never mix. */
function cacheDir(): string {
	if (process.env.XIANGCE_CACHE_DIR) return resolve(process.env.XIANGCE_CACHE_DIR);
	if (contentRoot === root) return resolve(root, 'node_modules/.astro');
	return resolve(root, 'node_modules/.astro/content-roots', createHash('sha1').update(contentRoot).digest('hex').slice(0, 12));
}

/** A digest of files and folders (their paths and contents), relative to the repository. */
function digestFiles(paths: string[]): string {
	const h = createHash('sha1');
	const add = (rel: string) => {
		const abs = resolve(root, rel);
		if (statSync(abs).isDirectory()) for (const f of readdirSync(abs).sort()) add(`${rel}/${f}`);
		else h.update(`${rel}\n`).update(readFileSync(abs));
	};
	paths.forEach(add);
	return h.digest('hex');
}

/**
 * The code that turns a ledger's rows into its files' bytes (the rows themselves are digested file by file): a change
 * here makes every cached data file again. The lock file stands for the versions of fflate and Node's zlib users.
 */
const DATA_FILE_CODE = ['src/lib/export', 'src/lib/build/data-files.ts', 'src/lib/citations/citation.ts', 'src/lib/views/format.ts', 'package-lock.json'];

/** What makes Pagefind's output besides the pages: its version (the lock file) and configuration. */
const PAGEFIND_CODE = ['pagefind.yml', 'package-lock.json', 'src/lib/build/pagefind-parts.ts'];

/**
 * Astro's incremental cache keys a page on its own module graph, which does not include the middleware (the CSP)
 * or this script. When those change, every page is rebuilt (`force`), so no reused page carries stale output.
 */
function pipelineChanged(dir: string): boolean {
	const files = ['src/middleware.ts', 'astro.config.mjs', 'scripts/build.ts', ...readdirSync(resolve(root, 'src/lib/build')).map((f) => `src/lib/build/${f}`)];
	const digest = createHash('sha1').update(files.map((f) => `${f}\n${readFileSync(resolve(root, f), 'utf8')}`).join('\n')).digest('hex');
	const file = resolve(dir, 'xiangce-pipeline.txt');
	const changed = !existsSync(file) || readFileSync(file, 'utf8') !== digest;
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, digest);
	return changed;
}

/**
 * A full collection now: what the JavaScript heap holds but no longer uses would otherwise stay resident beside
 * the next stage's child process.
 */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}

/** The process and all its descendants (Linux /proc), for memory sampling. */
function processTree(pid: number): number[] {
	const tree = [pid];
	for (let i = 0; i < tree.length; i++) {
		try {
			for (const task of readdirSync(`/proc/${tree[i]}/task`)) {
				const children = readFileSync(`/proc/${tree[i]}/task/${task}/children`, 'utf8').trim();
				if (children) tree.push(...children.split(/\s+/).map(Number));
			}
		} catch {
			// not on Linux, or the process just exited
		}
	}
	return tree;
}

/**
 * Run a stage of child processes, one after another (`run(args)` starts `cmd` with them), sampling the peak resident
 * memory of each and its descendants from /proc: the `pagefind` command is a small Node wrapper around the native
 * indexer, whose memory is the one that matters. The stage's peak is the highest of its children's.
 */
async function childStage<T>(name: string, cmd: string, work: (run: (args: string[]) => Promise<void>) => Promise<T>): Promise<T> {
	const t = performance.now();
	// The whole build (this process, resident meanwhile, and the child's tree), and the child's tree alone.
	let peak = 0;
	let childPeak = 0;
	const run = (args: string[]) =>
		new Promise<void>((done) => {
			const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
			const timer = setInterval(() => {
				let sum = 0;
				let hwm = 0;
				for (const pid of processTree(child.pid!)) {
					try {
						const status = readFileSync(`/proc/${pid}/status`, 'utf8');
						sum += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
						hwm = Math.max(hwm, Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0));
					} catch {
						// the process just exited
					}
				}
				childPeak = Math.max(childPeak, sum, hwm);
				peak = Math.max(peak, Math.max(sum, hwm) + process.memoryUsage.rss() / 1024);
			}, 50);
			child.on('exit', (code, signal) => {
				clearInterval(timer);
				if (code !== 0) fail(`${name} failed (exit ${code ?? signal})`);
				done();
			});
		});
	const result = await work(run);
	const seconds = (performance.now() - t) / 1000;
	stats.push({ stage: name, seconds, peakMB: mb(peak), childMB: mb(childPeak) });
	console.log(`build: ${name} done in ${seconds.toFixed(1)} s (peak ${mb(peak)} MB with this process; ${mb(childPeak)} MB its own)`);
	return result;
}

// No stack trace for anything content can cause: an error no check anticipated is one line that says it is a bug.
process.on('uncaughtException', (e) => {
	console.error(`${internalError('build', e)}\nbuild: nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
	process.exit(2);
});

const t0 = performance.now();
// The validated content is shared with the loader for the content sync, then let go: pages read the content store.
let content: ValidContent | undefined = await stage('validate', () => {
	// The frontmatters parsed by the last build are not parsed again (src/lib/content/yaml-memo.ts).
	const memoFile = resolve(cacheDir(), 'xiangce-yaml-memo.txt');
	const yaml = YamlMemo.load(memoFile, digestFiles(['src/lib/content/yaml-text.ts', 'src/lib/content/yaml-memo.ts', 'node_modules/yaml/package.json']));
	const { content, issues } = validateContent(readContent(contentRoot, { yaml }));
	mkdirSync(dirname(memoFile), { recursive: true });
	yaml.save(memoFile);
	if (issues.length) {
		for (const i of issues) console.error(formatIssue(i));
		console.error(`\nbuild: ${causeCount(issues)} problem(s) in content/; nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
		process.exit(1);
	}
	return content;
});
const clauseCount = content.clauses.length;
// The corpus, for the checks below and for the data files written after the Astro build.
let site: SiteData | undefined;
const published = await stage('change log and published URLs', () => {
	// Nothing changes silently: a clause whose text or facts changed needs a change-log entry (content/…/changes).
	requireLoggedChanges(content!, contentRoot);
	console.log(`build: content ok (${content!.documents.size} documents, ${clauseCount} clauses)`);
	site = siteDataOf(content!);
	// Nothing published disappears: every URL in permalinks.json must still be built, or be mapped under "moved".
	const published = checkPublishedAt(contentRoot, routeFiles(root), site);
	if (published.issues.length) {
		for (const i of published.issues) console.error(formatIssue(i));
		console.error(`\nbuild: ${published.issues.length} problem(s) with published URLs (permalinks.json); nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
		process.exit(1);
	}
	return published;
});
// Related clauses are computed in a worker thread while this one writes the data files; the pages await the result.
const relatedStart = performance.now();
const related = relatedInWorker(site!.corpus.clauses.map(relatedInput));
related.then(
	() => {
		const seconds = (performance.now() - relatedStart) / 1000;
		stats.push({ stage: 'related clauses (worker thread)', seconds, peakMB: mb(process.memoryUsage.rss() / 1024) });
		console.log(`build: related clauses done in ${seconds.toFixed(1)} s (in a worker thread, beside the data files)`);
	},
	() => {
		// reported by the page that awaits it, which fails the Astro build with this error
	},
);
shareRelated(contentRoot, related);
if (published.added.length) console.log(`build: ${published.added.length} new URL(s) not yet in permalinks.json: run \`npx tsx scripts/permalinks.ts\` and commit it`);
// The new site is built in `tmp`: the data files first, while the corpus is at hand (Astro is told not to empty it).
rmSync(tmp, { recursive: true, force: true });
const cache = cacheDir();
// The files are made now; the unchanged ones are linked from the cache in the background, during the Astro build.
const dataFiles = await stage('data files', () => ({ placed: writeDataFiles(site!, tmp, SITE_URL, { dir: resolve(cache, 'xiangce-data-files'), code: digestFiles(DATA_FILE_CODE) }) }));
// A failure is reported where it is awaited, after the Astro build; until then it must not end the process.
dataFiles.placed.catch(() => {});
// The search index's parts, planned while the corpus is at hand.
// XIANGCE_SEARCH_PART_CLAUSES sets another part size (the benchmark compares search over one index and over parts).
const pagefindParts = planParts(site!.corpus.docs.map((d) => ({ slug: d.slug, clauses: d.clauses.length })), Number(process.env.XIANGCE_SEARCH_PART_CLAUSES ?? CLAUSES_PER_PART));
site = undefined;
shareValidContent(contentRoot, content);
content = undefined;

// Astro would otherwise try to send anonymous usage data over the network.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const force = pipelineChanged(cache);
if (force) console.log('build: the build pipeline changed since the last build: every page is rendered afresh');
// The pages Astro's cache holds are linked into the new site while Astro starts, so it reuses them where they are
// instead of copying each (src/lib/build/astro-cache-link.ts); a forced build renders every page, so none are.
const cachedPages = new CachedPageLinks(cache, tmp);
const prelinked = force ? Promise.resolve(0) : cachedPages.prelink();
prelinked.catch(() => {});
await stage('astro build', (mark) =>
	astroBuild({
		root,
		outDir: tmp,
		cacheDir: cache,
		force,
		logLevel: process.env.XIANGCE_ASTRO_LOG === 'info' ? 'info' : 'warn',
		// The data files and the linked pages are in the new site already.
		vite: { build: { emptyOutDir: false } },
		integrations: [
			{
				name: 'xiangce-build-stages',
				hooks: {
					'astro:build:start': ({ setPrerenderer }) => {
						unshareValidContent(contentRoot);
						mark('content sync');
						setPrerenderer((astro) => cachedPages.around(astro, prelinked));
					},
					'astro:build:generated': () => mark('bundle and render pages'),
				},
			},
		],
	}),
);
await stage('data files and linked pages in place', async () => {
	const n = await dataFiles.placed;
	console.log(`build: ${n.written} data files written (citation files, /id/ redirect pages, ${n.made} new, ${n.reused} unchanged and linked from the cache)`);
	const removed = cachedPages.removeUnbuilt(resolve(cache, 'incremental-build.json'));
	if (removed) console.log(`build: ${removed} linked page(s) no longer built removed`);
});
await stage('content security policy', () => {
	const { pages, rewritten } = addCspToSite(tmp);
	console.log(`csp: ${pages} pages have their policy (${rewritten} added after rendering); _headers written`);
});
// The search index, in parts of up to 25,000 clauses; a part whose pages did not change is taken from the cache, one
// where a few changed gets them indexed apart (src/lib/build/pagefind-parts.ts).
await stage('release memory', () => {
	collectGarbage();
	const m = heapNow();
	console.log(`build: after a full collection, heap ${m.heapMB} MB, outside it ${m.offHeapMB} MB`);
});
const indexed = await childStage('pagefind index', resolve(root, 'node_modules/.bin/pagefind'), async (run) => {
	const done = await indexInParts(tmp, pagefindParts, run, { dir: resolve(cache, 'xiangce-pagefind'), code: digestFiles(PAGEFIND_CODE) });
	const whole = done.filter((d) => d.indexed && !d.delta);
	const deltas = done.filter((d) => d.delta);
	console.log(
		`build: search index in ${done.length} part(s): ${whole.length} indexed whole (${whole.reduce((n, d) => n + d.part.clauses, 0)} clauses), ` +
			`${deltas.length} with the pages changed since indexed apart (${deltas.reduce((n, d) => n + d.delta!.pages, 0)} pages), ${done.length - whole.length - deltas.length} unchanged`,
	);
	return done;
});
// Pagefind's file names and page ids, so search can fetch every file at once as it opens (docs/search.md).
await stage('search manifest', () => {
	const m = writeSearchManifest(tmp, undefined, new Map(indexed.map((d) => [d.part.base, new Set(d.superseded)])));
	console.log(`search-manifest: ${manifestSummary(m)}`);
});

await stage('swap', () => {
	for (const name of readdirSync(dirname(out))) if (name === basename(old) || name.startsWith(`${basename(old)}-`)) rmSync(resolve(dirname(out), name), { recursive: true, force: true });
	if (existsSync(out)) renameSync(out, old);
	renameSync(tmp, out);
	// The new site is in place; the old one is deleted by a process of its own, which this build need not wait for
	// (at a thousand documents that is 180,000 files, half a minute on this machine's disk). A build that starts
	// before it has finished deletes what is left itself (above).
	const trash = `${old}-${process.pid}`;
	if (existsSync(old)) {
		renameSync(old, trash);
		spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(trash)}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' }).unref();
	}
});
const total = (performance.now() - t0) / 1000;
const peak = Math.max(...stats.map((s) => s.peakMB));
console.log(`build: ${out} ready in ${total.toFixed(1)} s (peak ${peak} MB)`);
if (process.env.XIANGCE_BUILD_STATS) writeFileSync(process.env.XIANGCE_BUILD_STATS, `${JSON.stringify({ stages: stats, total, peakMB: peak, clauses: clauseCount }, null, 1)}\n`);
