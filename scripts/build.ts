/**
 * Build the site: validate content, build into a temporary folder, index it for search, then swap it in.
 * A failure at any step leaves the previous dist/ untouched.
 *   npm run build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { causeCount, validateContent } from '../src/lib/content/validate';
import { formatIssue, internalError } from '../src/lib/content/error-map';
import { checkPublishedAt } from '../src/lib/citations/published';
import { routeFiles } from '../src/lib/citations/routes';
import { siteDataOf } from '../src/lib/corpus/from-disk';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, process.env.XIANGCE_DIST ?? 'dist');
const tmp = `${out}.tmp`;
const old = `${out}.old`;

function step(name: string, cmd: string, args: string[], env: Record<string, string> = {}): void {
	const t = performance.now();
	const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		rmSync(tmp, { recursive: true, force: true });
		console.error(`\nbuild: ${name} failed (exit ${r.status ?? r.signal}); ${existsSync(out) ? `the previous ${out} is untouched` : 'nothing was written'}.`);
		process.exit(1);
	}
	console.log(`build: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// No stack trace for anything content can cause: an error no check anticipated is one line that says it is a bug.
process.on('uncaughtException', (e) => {
	console.error(`${internalError('build', e)}\nbuild: nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
	process.exit(2);
});

const t0 = performance.now();
// Tests point this at an invalid fixture to prove that a failing validation leaves dist/ untouched.
const contentRoot = resolve(process.env.XIANGCE_CONTENT_ROOT ?? root);
const { content, issues } = validateContent(readContent(contentRoot));
if (issues.length) {
	for (const i of issues) console.error(formatIssue(i));
	console.error(`\nbuild: ${causeCount(issues)} problem(s) in content/; nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
	process.exit(1);
}
console.log(`build: content ok (${content.documents.size} documents, ${content.clauses.length} clauses)`);
// Nothing published disappears: every URL in permalinks.json must still be built, or be mapped under "moved".
const published = checkPublishedAt(contentRoot, routeFiles(root), siteDataOf(content));
if (published.issues.length) {
	for (const i of published.issues) console.error(formatIssue(i));
	console.error(`\nbuild: ${published.issues.length} problem(s) with published URLs (permalinks.json); nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
	process.exit(1);
}
if (published.added.length) console.log(`build: ${published.added.length} new URL(s) not yet in permalinks.json: run \`npx tsx scripts/permalinks.ts\` and commit it`);

rmSync(tmp, { recursive: true, force: true });
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);
step('astro build', bin('astro'), ['build', '--silent'], { XIANGCE_OUT_DIR: tmp });
step('content security policy', bin('tsx'), [resolve(root, 'scripts/csp.ts'), tmp]);
step('pagefind index', bin('pagefind'), ['--site', tmp, '--silent']);

rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(tmp, out);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${out} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
