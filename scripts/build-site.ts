/**
 * The site, without its search index: validate the content, write the data files, render the pages with Astro,
 * add the CSP — into dist.tmp/. Started by scripts/build.ts (`npm run build`), which then indexes the result for
 * search and swaps it in, once this process has ended and its memory is free (at a thousand documents Astro leaves
 * some 2 GB resident, which Pagefind's indexer would otherwise sit beside). It reports its stages and the search
 * index's parts to that process; a failure ends it with exit 1 after saying what failed, and nothing is swapped in.
 *
 * The content is read and validated once, here; the Astro build runs in this process and its content-layer loader
 * takes the validated content from memory (src/lib/corpus/from-disk.ts `shareValidContent`). Pages whose data did
 * not change are reused from Astro's incremental cache (node_modules/.astro), so a one-clause edit rebuilds little.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build as astroBuild } from 'astro';
import { readContent } from '../src/lib/content/read';
import { YamlMemo } from '../src/lib/content/yaml-memo';
import { causeCount, validateContent, type ValidContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/error-map';
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
import { CLAUSES_PER_PART, planParts, type PagefindPart } from '../src/lib/build/pagefind-parts';
import { buildFailure, buildFolders, digestFiles, reportBugsInOneLine } from '../src/lib/build/build-folders';
import { parentKB, StageRecorder, type StageStat } from '../src/lib/build/stages';

/** What this process tells scripts/build.ts when it has finished. */
export interface SiteBuilt {
	stats: StageStat[];
	/** The search index's parts, planned from the corpus. */
	parts: PagefindPart[];
	clauses: number;
}

const root = resolve(import.meta.dirname, '..');
const folders = buildFolders(root);
const { out, tmp, contentRoot, cache } = folders;

const fail = buildFailure(folders);

// The figures count the process that started this one and waits for it.
const stages = new StageRecorder(fail, parentKB);

/**
 * The code that turns a ledger's rows into its files' bytes (the rows themselves are digested file by file): a change
 * here makes every cached data file again. The lock file stands for the versions of fflate and Node's zlib users.
 */
const DATA_FILE_CODE = ['src/lib/export', 'src/lib/build/data-files.ts', 'src/lib/citations/citation.ts', 'src/lib/views/format.ts', 'package-lock.json'];

/**
 * Astro's incremental cache keys a page on its own module graph, which does not include the middleware (the CSP)
 * or the build scripts. When those change, every page is rebuilt (`force`), so no reused page carries stale output.
 */
function pipelineChanged(dir: string): boolean {
	const files = ['src/middleware.ts', 'astro.config.mjs', 'scripts/build.ts', 'scripts/build-site.ts', ...readdirSync(resolve(root, 'src/lib/build')).map((f) => `src/lib/build/${f}`)];
	const digest = createHash('sha1').update(files.map((f) => `${f}\n${readFileSync(resolve(root, f), 'utf8')}`).join('\n')).digest('hex');
	const file = resolve(dir, 'xiangce-pipeline.txt');
	const changed = !existsSync(file) || readFileSync(file, 'utf8') !== digest;
	mkdirSync(dir, { recursive: true });
	writeFileSync(file, digest);
	return changed;
}

reportBugsInOneLine(folders);
// The build that started this one has ended (stopped, killed): so does this one.
let reported = false;
process.on('disconnect', () => reported || process.exit(1));

// The validated content is shared with the loader for the content sync, then let go: pages read the content store.
let content: ValidContent | undefined = await stages.stage('validate', () => {
	// The frontmatters parsed by the last build are not parsed again (src/lib/content/yaml-memo.ts).
	const memoFile = resolve(cache, 'xiangce-yaml-memo.txt');
	const yaml = YamlMemo.load(memoFile, digestFiles(root, ['src/lib/content/yaml-text.ts', 'src/lib/content/yaml-memo.ts', 'node_modules/yaml/package.json']));
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
const published = await stages.stage('change log and published URLs', () => {
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
		stages.record('related clauses (worker thread)', seconds);
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
// The files are made now; the unchanged ones are linked from the cache in the background, during the Astro build.
const dataFiles = await stages.stage('data files', () => ({ placed: writeDataFiles(site!, tmp, SITE_URL, { dir: resolve(cache, 'xiangce-data-files'), code: digestFiles(root, DATA_FILE_CODE) }) }));
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
// Pages render once the related-clause worker has ended: it holds about 1 GB at a thousand documents, which would
// otherwise sit beside the render (×200 one-clause rebuild: 3,043 MB for the whole build). The clause pages wait for
// its answer in any case; in a full build it ends during the content sync. Its failure is reported by those pages.
const beforeRender = Promise.all([prelinked, related.catch(() => undefined)]).then(([n]) => n);
beforeRender.catch(() => {});
await stages.stage('astro build', (mark) =>
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
						setPrerenderer((astro) => cachedPages.around(astro, beforeRender));
					},
					'astro:build:generated': () => mark('bundle and render pages'),
				},
			},
		],
	}),
);
await stages.stage('data files and linked pages in place', async () => {
	const n = await dataFiles.placed;
	console.log(`build: ${n.written} data files written (citation files, /id/ redirect pages, ${n.made} new, ${n.reused} unchanged and linked from the cache)`);
	const removed = cachedPages.removeUnbuilt(resolve(cache, 'incremental-build.json'));
	if (removed) console.log(`build: ${removed} linked page(s) no longer built removed`);
});
await stages.stage('content security policy', () => {
	const { pages, rewritten } = addCspToSite(tmp);
	console.log(`csp: ${pages} pages have their policy (${rewritten} added after rendering); _headers written`);
});

const built: SiteBuilt = { stats: stages.stats, parts: pagefindParts, clauses: clauseCount };
reported = true;
if (process.send) process.send(built, () => process.disconnect?.());
else console.log('build-site: done; run `npm run build` for the search index and the swap');
