/**
 * Run every benchmark in scripts/bench/ (each prints its own figures) against the built site.
 *   npm run bench                 all benchmarks
 *   npm run bench -- search       only scripts/bench/search.ts
 * Benchmarks print medians; they never fail on a time (timed tests flake on a noisy machine).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const benches = readdirSync(join(root, 'scripts/bench'))
	.filter((f) => f.endsWith('.ts'))
	.filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
	.sort();
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
let failed = 0;
for (const f of benches) {
	console.log(`\n== ${f.replace(/\.ts$/, '')} ==`);
	const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench', f)], { cwd: root, stdio: 'inherit' });
	if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
