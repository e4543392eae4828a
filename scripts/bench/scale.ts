/**
 * Build at scale: synthetic corpora made from the real clauses (every document copied N times under new slugs),
 * each built in its own folder; reports time per stage, pages per second, dist/ size and Pagefind index size.
 *   npm run bench -- scale                     ×10, ×50, ×200
 *   XIANGCE_SCALES=10,50 npm run bench -- scale      (XIANGCE_SCALE_SEARCH=0 skips the search latency runs)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const scales = (process.env.XIANGCE_SCALES ?? '10,50,200').split(',').map(Number);
const bin = (n: string) => join(root, 'node_modules/.bin', n);

function du(path: string): { bytes: number; files: number } {
	if (!existsSync(path)) return { bytes: 0, files: 0 };
	const s = statSync(path);
	if (!s.isDirectory()) return { bytes: s.size, files: 1 };
	return readdirSync(path).reduce((acc, f) => {
		const d = du(join(path, f));
		return { bytes: acc.bytes + d.bytes, files: acc.files + d.files };
	}, { bytes: 0, files: 0 });
}

/** A new slug and 发文字号 for copy k of a document (k = 0 keeps the original). */
function copyName(slug: string, number: string, k: number): { slug: string; number: string } {
	if (k === 0) return { slug, number };
	const serial = `${slug.split('-').at(-1)}${String(k).padStart(4, '0')}`;
	return { slug: slug.replace(/-\d+$/, `-${serial}`), number: number.replace(/〕\d+号$/, `〕${serial}号`) };
}

function makeProject(n: number): string {
	const dir = join(root, 'bench-out', `scale-x${n}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'content/documents'), { recursive: true });
	for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'pagefind.yml', 'permalinks.json', 'src', 'public', 'scripts', 'sources']) cpSync(join(root, f), join(dir, f), { recursive: true });
	for (const f of readdirSync(join(root, 'content'))) if (!['documents', 'clauses'].includes(f)) cpSync(join(root, 'content', f), join(dir, 'content', f), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	for (const file of readdirSync(join(root, 'content/documents'))) {
		const slug = file.replace(/\.yaml$/, '');
		const yaml = readFileSync(join(root, 'content/documents', file), 'utf8');
		const number = yaml.match(/^number: (.+)$/m)![1]!;
		const order = Number(yaml.match(/^order: (\d+)$/m)![1]);
		const clauses = readdirSync(join(root, 'content/clauses', slug));
		for (let k = 0; k < n; k++) {
			const c = copyName(slug, number, k);
			writeFileSync(join(dir, 'content/documents', `${c.slug}.yaml`), yaml.replace(/^number: .+$/m, `number: ${c.number}`).replace(/^order: \d+$/m, `order: ${k * 10 + order}`));
			mkdirSync(join(dir, 'content/clauses', c.slug), { recursive: true });
			for (const f of clauses) {
				const text = readFileSync(join(root, 'content/clauses', slug, f), 'utf8');
				writeFileSync(join(dir, 'content/clauses', c.slug, f), text.replace(/^doc: .+$/m, `doc: ${c.slug}`));
			}
		}
	}
	// The reviewed data-rule exceptions name clauses by document: each copy needs its own.
	const exceptionsFile = join(dir, 'src/lib/content/rules/exceptions.json');
	const list = JSON.parse(readFileSync(exceptionsFile, 'utf8')) as { exceptions: { clause: string }[] };
	const numbers = new Map(readdirSync(join(root, 'content/documents')).map((f) => [f.replace(/\.yaml$/, ''), readFileSync(join(root, 'content/documents', f), 'utf8').match(/^number: (.+)$/m)![1]!]));
	list.exceptions = list.exceptions.flatMap((e) => {
		const [slug, id] = e.clause.split('/') as [string, string];
		return Array.from({ length: n }, (_, k) => ({ ...e, clause: `${copyName(slug, numbers.get(slug) ?? '', k).slug}/${id}` }));
	});
	writeFileSync(exceptionsFile, JSON.stringify(list, null, '\t'));
	return dir;
}

function timed(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}): number {
	const t = performance.now();
	const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${r.stderr?.toString().slice(-2000)}`);
	return (performance.now() - t) / 1000;
}

/** Warm-query median from the search benchmark run against a scaled build. */
function warmQuery(out: string): string {
	const r = spawnSync(bin('tsx'), [join(root, 'scripts/bench/search.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, XIANGCE_DIST: out }, maxBuffer: 1 << 26 });
	const lines = r.stdout.split('\n');
	const at = lines.findIndex((l) => l.startsWith('warm queries'));
	const first = lines.findIndex((l) => l.startsWith('first query'));
	const pick = (i: number) => (i >= 0 ? (lines[i + 1]?.match(/median ([\d.]+) ms/)?.[1] ?? '?') : '?');
	return r.status === 0 ? `${pick(at).padStart(6)} ${pick(first).padStart(6)}` : '  fail   fail';
}

console.log('scale  clauses  pages  validate  content-sync  astro-build  csp  pagefind   total   pages/s   dist MB  index MB  warm ms  first ms');
for (const n of scales) {
	const dir = makeProject(n);
	const out = join(dir, 'dist');
	const t = {
		validate: timed(dir, bin('tsx'), ['scripts/validate.ts']),
		sync: timed(dir, bin('astro'), ['sync']),
		build: timed(dir, bin('astro'), ['build', '--silent'], { XIANGCE_OUT_DIR: out }),
		csp: timed(dir, bin('tsx'), ['scripts/csp.ts', out]),
		pagefind: timed(dir, bin('pagefind'), ['--site', out, '--silent']),
	};
	const total = Object.values(t).reduce((a, b) => a + b, 0);
	const pages = spawnSync('find', [out, '-name', 'index.html'], { encoding: 'utf8' }).stdout.trim().split('\n').length;
	const clauses = readdirSync(join(dir, 'content/clauses')).reduce((acc, d) => acc + readdirSync(join(dir, 'content/clauses', d)).length, 0);
	const mb = (b: number) => (b / 2 ** 20).toFixed(1);
	console.log(
		`×${String(n).padEnd(5)} ${String(clauses).padStart(7)} ${String(pages).padStart(6)} ${t.validate.toFixed(1).padStart(9)} ${t.sync.toFixed(1).padStart(13)} ${t.build.toFixed(1).padStart(12)} ${t.csp.toFixed(1).padStart(4)} ${t.pagefind.toFixed(1).padStart(9)} ${total.toFixed(1).padStart(7)} ${(pages / total).toFixed(0).padStart(9)} ${mb(du(out).bytes).padStart(9)} ${mb(du(join(out, 'pagefind')).bytes).padStart(9)}  ${process.env.XIANGCE_SCALE_SEARCH === '0' ? '     -      -' : warmQuery(out)}`,
	);
	if (!process.env.XIANGCE_KEEP_BENCH) rmSync(dir, { recursive: true, force: true });
}
