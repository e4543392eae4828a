/**
 * Build the site: validate content, build into a temporary folder, index it for search, then swap it in.
 * A failure at any step leaves the previous dist/ untouched.
 *   npm run build
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/error-map';

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

const t0 = performance.now();
// Tests point this at an invalid fixture to prove that a failing validation leaves dist/ untouched.
const contentRoot = resolve(process.env.XIANGCE_CONTENT_ROOT ?? root);
const { content, issues } = validateContent(readContent(contentRoot));
if (issues.length) {
	for (const i of issues) console.error(formatIssue(i));
	console.error(`\nbuild: ${issues.length} problem(s) in content/; nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
	process.exit(1);
}
console.log(`build: content ok (${content.documents.size} documents, ${content.clauses.length} clauses)`);

rmSync(tmp, { recursive: true, force: true });
const bin = (name: string) => resolve(root, 'node_modules', '.bin', name);
step('astro build', bin('astro'), ['build', '--silent'], { XIANGCE_OUT_DIR: tmp });
step('content security policy', bin('tsx'), [resolve(root, 'scripts/csp.ts'), tmp]);
step('pagefind index', bin('pagefind'), ['--site', tmp, '--silent']);
step('search manifest', bin('tsx'), [resolve(root, 'scripts/search-manifest.ts'), tmp]);

rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(tmp, out);
rmSync(old, { recursive: true, force: true });
console.log(`build: ${out} ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
