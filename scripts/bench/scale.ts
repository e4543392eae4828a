/**
 * Build at scale: synthetic corpora made from the real content (every document copied N times under new slugs,
 * each copy's text different, see scripts/bench/lib/synthetic.ts), each built with the real `scripts/build.ts` in its
 * own folder and cache. Prints, per scale, the time and peak resident memory of each build stage, pages per second,
 * dist/ and search-index size, a one-clause incremental rebuild, and search latency on the result.
 *   npm run bench -- scale                                    ×10, ×50, ×200
 *   XIANGCE_SCALES=10,50 npm run bench -- scale               choose scales
 *   XIANGCE_SCALE_SEARCH=0  skip search latency · XIANGCE_KEEP_BENCH=1  keep bench-out/scale-x*
 *   XIANGCE_SCALE_TIMEOUT=<s> stop a build after that long (reported as not finished, with where it stopped)
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeSyntheticContent } from './lib/synthetic';
import { processTree, treeMemoryKB } from '../../src/lib/build/stages';

const root = resolve(import.meta.dirname, '../..');
const scales = (process.env.XIANGCE_SCALES ?? '10,50,200').split(',').map(Number);
const timeoutS = Number(process.env.XIANGCE_SCALE_TIMEOUT ?? 1800);
const bin = (n: string) => join(root, 'node_modules/.bin', n);

interface Stage {
	stage: string;
	seconds: number;
	/** The build's resident memory at its peak in the stage (for Pagefind: the build process and the indexer together). */
	peakMB: number;
	/** For a stage run by a child process (Pagefind): the child's own peak. */
	childMB?: number;
}
interface BuildResult {
	ok: boolean;
	wall: number;
	stages: Stage[];
	/** The last lines the build printed (where it stopped, when it did not finish). */
	tail: string;
	/**
	 * Peak resident memory of the whole build, MB: every process `npm run build` starts (the build processes, the
	 * indexer, a worker's thread is in its process), summed, sampled here every 100 ms from outside.
	 */
	wholeMB: number;
}

function du(path: string): { bytes: number; files: number } {
	if (!existsSync(path)) return { bytes: 0, files: 0 };
	const s = statSync(path);
	if (!s.isDirectory()) return { bytes: s.size, files: 1 };
	return readdirSync(path).reduce((acc, f) => {
		const d = du(join(path, f));
		return { bytes: acc.bytes + d.bytes, files: acc.files + d.files };
	}, { bytes: 0, files: 0 });
}

/** HTML pages in a built site (the pages Astro rendered and the data-files stage's /id/ pages). */
function htmlPages(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? htmlPages(join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0);
}

/** Run the real build on a content tree; kill it after the timeout. */
function build(dir: string, label: string): Promise<BuildResult> {
	const statsFile = join(dir, `stats-${label}.json`);
	rmSync(statsFile, { force: true });
	const t = performance.now();
	return new Promise((done) => {
		// The command `npm run build` runs (package.json), with its flags (the heap cap), without npm in between.
		const [cmd, ...args] = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.build as string).split(/\s+/);
		const child = spawn(cmd === 'node' ? process.execPath : bin(cmd!), args, {
			cwd: root,
			env: { ...process.env, XIANGCE_CONTENT_ROOT: dir, XIANGCE_DIST: join(dir, 'dist'), XIANGCE_CACHE_DIR: join(dir, 'cache'), XIANGCE_BUILD_STATS: statsFile, XIANGCE_ASTRO_LOG: 'info' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let tail = '';
		const keep = (b: Buffer) => {
			tail = (tail + b.toString()).slice(-4000);
			appendFileSync(join(dir, `build-${label}.log`), b);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const killer = setTimeout(() => processTree(child.pid!).forEach((p) => {
			try {
				process.kill(p, 'SIGKILL');
			} catch {
				// already gone
			}
		}), timeoutS * 1000);
		let wholeKB = 0;
		const sampler = setInterval(() => (wholeKB = Math.max(wholeKB, treeMemoryKB(child.pid!).resident)), 100);
		child.on('exit', (code) => {
			clearTimeout(killer);
			clearInterval(sampler);
			const wall = (performance.now() - t) / 1000;
			const stages = existsSync(statsFile) ? (JSON.parse(readFileSync(statsFile, 'utf8')).stages as Stage[]) : [];
			done({ ok: code === 0, wall, stages, tail: tail.split('\n').filter(Boolean).slice(-3).join(' | '), wholeMB: Math.round(wholeKB / 1024) });
		});
	});
}

/** Edit one clause's text (append a sentence that keeps every quote valid) for the incremental rebuild. */
function editOneClause(dir: string): string {
	const docs = readdirSync(join(dir, 'content/clauses')).sort();
	const doc = docs[Math.floor(docs.length / 2)]!;
	const file = readdirSync(join(dir, 'content/clauses', doc)).filter((f) => f.endsWith('.mdx')).sort()[1]!;
	const path = join(dir, 'content/clauses', doc, file);
	writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}（基准测试修改）\n`);
	return `${doc}/${file}`;
}

/** First-query (first results and final ranking) and warm-query medians from the search benchmark on a scaled build. */
function searchLatency(dist: string): { warm: string; first: string } {
	if (process.env.XIANGCE_SCALE_SEARCH === '0') return { warm: '-', first: '-' };
	const r = spawnSync(bin('tsx'), [join(root, 'scripts/bench/search.ts')], { cwd: root, encoding: 'utf8', env: { ...process.env, XIANGCE_DIST: dist }, maxBuffer: 1 << 26, timeout: 900_000 });
	const lines = r.stdout.split('\n');
	// The first "first results" / "final ranking" lines are those of the query typed as search opens.
	const median = (label: string) => lines.find((l) => l.trim().startsWith(label))?.match(/median ([\d.]+) ms/)?.[1] ?? '?';
	const warmAt = lines.findIndex((l) => l.startsWith('warm queries'));
	const warm = warmAt >= 0 ? (lines[warmAt + 1]?.match(/median ([\d.]+) ms/)?.[1] ?? '?') : '?';
	return r.status === 0 ? { warm, first: `${median('first results')} / ${median('final ranking')}` } : { warm: 'fail', first: 'fail' };
}

const f1 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));
const mb = (b: number) => (b / 2 ** 20).toFixed(0);
const stageOf = (r: BuildResult, name: string) => r.stages.find((s) => s.stage === name);

/**
 * What a file costs this machine's disk to create: every build writes some 180,000 files and 90,000 folders at ×200,
 * so a slow moment of the disk (seen here: 0.05 to 0.9 ms a file on the same machine in one day) moves the totals.
 */
function diskProbe(): string {
	const dir = join(root, 'bench-out', 'disk-probe');
	rmSync(dir, { recursive: true, force: true });
	const t = performance.now();
	for (let i = 0; i < 5000; i++) {
		mkdirSync(join(dir, `d${i}`), { recursive: true });
		writeFileSync(join(dir, `d${i}`, 'index.html'), 'x'.repeat(2000));
	}
	const ms = (performance.now() - t) / 5000;
	rmSync(dir, { recursive: true, force: true });
	return `${ms.toFixed(2)} ms per folder + file`;
}

console.log('Each build: validate → data files (related clauses in a worker thread alongside) → astro build (content sync; bundle and render pages) → CSP → Pagefind; seconds (peak RSS MB).');
console.log(`disk, before: ${diskProbe()}`);
const rows: string[] = [];
for (const n of scales) {
	const dir = join(root, 'bench-out', `scale-x${n}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const tg = performance.now();
	const { clauses, documents } = makeSyntheticContent(root, dir, n);
	console.log(`\n×${n}: ${documents} documents, ${clauses} clauses generated in ${((performance.now() - tg) / 1000).toFixed(1)} s`);
	const full = await build(dir, 'full');
	const dist = join(dir, 'dist');
	const pages = full.ok ? htmlPages(dist) : 0;
	const peak = Math.max(0, ...full.stages.map((s) => s.peakMB));
	const cell = (name: string) => {
		const s = stageOf(full, name);
		return s ? `${f1(s.seconds)} (${s.childMB !== undefined ? `${s.childMB} own, ${s.peakMB} with the build` : s.peakMB})` : '-';
	};
	let incremental = '-';
	let search = { warm: '-', first: '-' };
	if (full.ok) {
		search = searchLatency(dist);
		const edited = editOneClause(dir);
		const inc = await build(dir, 'incremental');
		incremental = inc.ok ? `${f1(inc.wall)} s (${inc.wholeMB} MB)` : `failed: ${inc.tail}`;
		console.log(`×${n}: one-clause edit (${edited}) rebuilt in ${incremental}: ${inc.stages.filter((s) => !s.stage.startsWith('astro build:')).map((s) => `${s.stage} ${f1(s.seconds)}`).join(', ')}`);
	}
	const row = `| ×${n} | ${clauses.toLocaleString('en')} | ${full.ok ? pages.toLocaleString('en') : 'not finished'} | ${cell('validate')} | ${cell('data files')} | ${cell('related clauses (worker thread)')} | ${cell('astro build: content sync')} | ${cell('astro build: bundle and render pages')} | ${cell('content security policy')} | ${cell('pagefind index')} | **${f1(full.wall)}** | ${full.wholeMB} (${peak}) | ${full.ok ? (pages / full.wall).toFixed(0) : '-'} | ${full.ok ? mb(du(dist).bytes) : '-'} | ${full.ok ? mb(du(join(dist, 'pagefind')).bytes) : '-'} | ${incremental} | ${search.warm} | ${search.first} |`;
	rows.push(full.ok ? row : `${row} stopped: ${full.tail}`);
	console.log(row);
	if (!process.env.XIANGCE_KEEP_BENCH) rmSync(dir, { recursive: true, force: true });
	console.log(`disk, after ×${n}: ${diskProbe()}`);
}
console.log('\n| scale | clauses | pages | validate | data files | related (worker) | content sync | bundle + render | CSP | Pagefind | total s | peak MB, whole build (stages) | pages/s | dist MB | index MB | one-clause rebuild | warm query ms | first query ms (first results / final) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
