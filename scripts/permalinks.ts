/**
 * Keep permalinks.json, the manifest of every public URL, up to date.
 *   npx tsx scripts/permalinks.ts          add newly published URLs, then check
 *   npx tsx scripts/permalinks.ts --check  only check (exit 1 on a problem)
 * A URL is never removed: when one disappears, map it to its new home under "moved" by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteDataFromDisk } from '../src/lib/corpus/from-disk';
import { routeFiles } from '../src/lib/citations/routes';
import { checkManifest, sitePaths, updateManifest, type PermalinkManifest } from '../src/lib/citations/permalinks';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/error-map';
import { changeLogIssues, contentHashes } from '../src/lib/content/change-log';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'permalinks.json');
const ABOUT = 'Every public URL of the site, ever (pages), and where each removed one now lives (moved → a redirect page is built). Add with `npx tsx scripts/permalinks.ts`; never delete an entry. Checked by tests/content/permalinks.test.ts.';

const { paths, unknownRoutes } = sitePaths(routeFiles(root), siteDataFromDisk(root));
if (unknownRoutes.length) {
	console.error(`permalinks: dynamic route(s) with no known URL list: ${unknownRoutes.join(', ')}: add them to DYNAMIC in src/lib/citations/permalinks.ts`);
	process.exit(1);
}
let manifest: PermalinkManifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { pages: [], moved: {} };
if (!process.argv.includes('--check')) {
	const r = updateManifest({ about: ABOUT, ...manifest, moved: manifest.moved ?? {} }, paths);
	// Hashes of clause text and facts (the change-log gate): recorded only when every change since the last record is logged.
	const content = validateContent(readContent(root)).content;
	const unlogged = changeLogIssues(manifest.contentHashes, content);
	for (const i of unlogged) console.error(`permalinks: ${formatIssue(i)}`);
	manifest = { about: ABOUT, pages: r.manifest.pages, moved: r.manifest.moved, contentHashes: unlogged.length ? manifest.contentHashes : contentHashes(content) };
	if (unlogged.length) process.exitCode = 1;
	writeFileSync(file, `${JSON.stringify(manifest, null, '\t')}\n`);
	console.log(`permalinks: ${manifest.pages.length} URLs, ${r.added.length} added, ${Object.keys(manifest.moved).length} moved`);
}
const problems = checkManifest(manifest, paths);
for (const p of problems) console.error(`permalinks: ${p}`);
process.exit(problems.length ? 1 : (process.exitCode ?? 0));
