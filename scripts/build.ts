/**
 * Build the site: validate content, build into a temporary folder, add the CSP, index it for search, then swap
 * it in. A failure at any step leaves the previous dist/ untouched.
 *   npm run build              (XIANGCE_BUILD_STATS=<file> also writes each stage's time and peak memory as JSON)
 *
 * Two processes, one after the other: scripts/build-site.ts validates and renders the site with Astro (and ends,
 * its memory freed), then this one indexes it with Pagefind, writes the search manifest and swaps the site in.
 * This process only waits meanwhile, so the whole build's memory is the larger of the two stages', not their sum.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { writeSearchManifest } from '../src/lib/build/search-manifest-site';
import { manifestSummary } from '../src/lib/build/search-manifest';
import { indexInParts } from '../src/lib/build/pagefind-parts';
import { buildFailure, buildFolders, digestFiles, reportBugsInOneLine } from '../src/lib/build/build-folders';
import { StageRecorder, type ChildExit } from '../src/lib/build/stages';
import type { SiteBuilt } from './build-site';

const root = resolve(import.meta.dirname, '..');
const folders = buildFolders(root);
const { out, tmp, old, cache } = folders;

const fail = buildFailure(folders);
reportBugsInOneLine(folders);
const stages = new StageRecorder(fail);

/** What makes Pagefind's output besides the pages: its version (the lock file) and configuration. */
const PAGEFIND_CODE = ['pagefind.yml', 'package-lock.json', 'src/lib/build/pagefind-parts.ts'];

const t0 = performance.now();
// The site, in a process of its own (with this one's Node flags and TypeScript loader); it says what failed itself.
let site: SiteBuilt | undefined;
const siteFailed = ({ code, signal }: ChildExit): never => {
	if (code !== null && code > 0) process.exit(code);
	return fail(`the site build stopped (${signal ?? `exit ${code}`})`);
};
await stages.childStage(
	'site (validate, data files, pages, CSP)',
	process.execPath,
	(run) =>
		run(
			[...process.execArgv, resolve(root, 'scripts/build-site.ts')],
			// glibc otherwise keeps up to 8 malloc arenas a core, each holding memory freed by the threads that used it
			// (Astro's, libuv's, the related-clause worker's): ×200, resident after the render 3,014 → 2,205 MB.
			{ cwd: root, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { MALLOC_ARENA_MAX: '2', ...process.env } },
			(child) => child.once('message', (m) => (site = m as SiteBuilt)),
		),
	siteFailed,
);
if (!site) fail('the site build ended without reporting its result');
const { parts, clauses } = site as SiteBuilt;
// Its stages come first in the figures; they count this process, which waited meanwhile.
stages.stats.unshift(...(site as SiteBuilt).stats);

// The search index, in parts of up to 25,000 clauses; a part whose pages did not change is taken from the cache, one
// where a few changed gets them indexed apart (src/lib/build/pagefind-parts.ts).
const indexed = await stages.childStage('pagefind index', resolve(root, 'node_modules/.bin/pagefind'), async (run) => {
	const done = await indexInParts(tmp, parts, (args) => run(args, { cwd: root }), { dir: resolve(cache, 'xiangce-pagefind'), code: digestFiles(root, PAGEFIND_CODE) });
	const whole = done.filter((d) => d.indexed && !d.delta);
	const deltas = done.filter((d) => d.delta);
	console.log(
		`build: search index in ${done.length} part(s): ${whole.length} indexed whole (${whole.reduce((n, d) => n + d.part.clauses, 0)} clauses), ` +
			`${deltas.length} with the pages changed since indexed apart (${deltas.reduce((n, d) => n + d.delta!.pages, 0)} pages), ${done.length - whole.length - deltas.length} unchanged`,
	);
	return done;
});
// Pagefind's file names and page ids, so search can fetch every file at once as it opens (docs/search.md).
await stages.stage('search manifest', () => {
	const m = writeSearchManifest(tmp, undefined, new Map(indexed.map((d) => [d.part.base, new Set(d.superseded)])));
	console.log(`search-manifest: ${manifestSummary(m)}`);
});

await stages.stage('swap', () => {
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
const peak = Math.max(...stages.stats.map((s) => s.peakMB));
console.log(`build: ${out} ready in ${total.toFixed(1)} s (peak ${peak} MB)`);
if (process.env.XIANGCE_BUILD_STATS) writeFileSync(process.env.XIANGCE_BUILD_STATS, `${JSON.stringify({ stages: stages.stats, total, peakMB: peak, clauses }, null, 1)}\n`);
