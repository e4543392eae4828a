/**
 * Related clauses at scale: `relatedIndex` alone, on synthetic corpora (scripts/bench/lib/synthetic.ts, in memory),
 * beside the method it replaced (scripts/bench/lib/related-inverted.ts). Each measurement runs in its own process,
 * so its peak RSS is its own.
 *   npm run bench -- related
 *   XIANGCE_RELATED_SCALES=10,50 npm run bench -- related     scales (default 10,50,100,200)
 *   XIANGCE_RELATED_OLD_UPTO=100      run the old method up to this scale (default 50: at ×100 it takes minutes)
 *   XIANGCE_RELATED_EXACT_UPTO=50     compare with the all-pairs definition up to this scale (default 10)
 *   XIANGCE_RELATED_RUNS=3            timed runs per measurement, median printed (1 when a run takes over 20 s)
 * Prints: clauses, pairs scored (and posting entries read), wall and CPU time (median), peak RSS, heap held by the
 * result, and whether the lists agree with the all-pairs definition (same to the last bit) and with the old method
 * (same within 1e-12: it sums in another order). Never fails on a time.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { syntheticRelatedInputs } from './lib/synthetic';
import { relatedIndexInverted, invertedStats } from './lib/related-inverted';
import { relatedIndex, type RelatedLink, type RelatedStats } from '../../src/lib/corpus/related';
import { relatedDifferences, relatedIndexAllPairs } from '../../src/lib/corpus/related-exact';

const root = resolve(import.meta.dirname, '../..');
const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface Result {
	method: 'new' | 'old';
	scale: number;
	clauses: number;
	scored: number;
	read?: number;
	runs: number;
	wall: number;
	cpu: number;
	peakRssMb: number;
	baseRssMb: number;
	heapMb: number;
	settledBy?: string;
	exact?: string;
	old?: string;
}

function child(method: 'new' | 'old', scale: number): Result {
	const inputs = syntheticRelatedInputs(root, scale);
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	const baseRssMb = process.memoryUsage().rss / 2 ** 20;
	const heap0 = process.memoryUsage().heapUsed;
	const wanted = Number(env('XIANGCE_RELATED_RUNS', '3'));
	const walls: number[] = [];
	const cpus: number[] = [];
	let index: Map<string, RelatedLink[]> = new Map();
	const stats: RelatedStats = { scored: 0, read: 0, rounds: [] };
	for (let r = 0; r < wanted; r++) {
		index = new Map();
		gc?.();
		const t = performance.now();
		const c = process.cpuUsage();
		index = method === 'new' ? relatedIndex(inputs, undefined, { stats }) : relatedIndexInverted(inputs);
		cpus.push(process.cpuUsage(c).user / 1e6);
		walls.push((performance.now() - t) / 1000);
		if (walls.at(-1)! > 20) break;
	}
	gc?.();
	const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
	const peakRssMb = process.resourceUsage().maxRSS / 1024;
	const out: Result = { method, scale, clauses: inputs.length, scored: method === 'new' ? stats.scored : invertedStats.scored, runs: walls.length, wall: median(walls), cpu: median(cpus), peakRssMb, baseRssMb, heapMb };
	if (method === 'new') {
		out.read = stats.read;
		const last = new Map(stats.rounds.map((r) => [`${r.scope} ${r.threshold}`, r.settled]));
		out.settledBy = [...last].map(([k, v]) => `${k.replace('all ', '').replace('topic ', 't')}:${v}`).join(' ');
		const say = (d: string[]) => (d.length ? `${d.length} lists differ` : 'same');
		if (scale <= Number(env('XIANGCE_RELATED_EXACT_UPTO', '10'))) out.exact = say(relatedDifferences(relatedIndexAllPairs(inputs), index));
		if (scale <= Number(env('XIANGCE_RELATED_OLD_UPTO', '50'))) out.old = say(relatedDifferences(relatedIndexInverted(inputs), index, 1e-12));
	}
	return out;
}

if (process.argv[2] === '--child') {
	console.log(JSON.stringify(child(process.argv[3] as 'new' | 'old', Number(process.argv[4]))));
} else {
	const scales = env('XIANGCE_RELATED_SCALES', '10,50,100,200').split(',').map(Number);
	const oldUpTo = Number(env('XIANGCE_RELATED_OLD_UPTO', '50'));
	console.log('related clauses: relatedIndex alone on synthetic ×n corpora (copies with their own text); wall/CPU medians');
	console.log('method scale  clauses   pairs scored  entries read   runs  wall s   cpu s  peak RSS MB  (inputs MB)  heap MB  vs all-pairs  vs old');
	for (const scale of scales) {
		for (const method of ['old', 'new'] as const) {
			if (method === 'old' && scale > oldUpTo) {
				console.log(`old    ×${String(scale).padEnd(4)} not run (XIANGCE_RELATED_OLD_UPTO=${oldUpTo}: it grows with the square of the corpus)`);
				continue;
			}
			const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--expose-gc', join(import.meta.dirname, 'related.ts'), '--child', method, String(scale)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
			const line = r.stdout.trim().split('\n').at(-1) ?? '';
			if (r.status !== 0 || !line.startsWith('{')) {
				console.log(`${method.padEnd(6)} ×${scale}: failed (${r.signal ?? r.status}) ${r.stderr.slice(-500)}`);
				continue;
			}
			const x = JSON.parse(line) as Result;
			console.log(
				`${x.method.padEnd(6)} ×${String(x.scale).padEnd(4)} ${String(x.clauses).padStart(8)} ${String(x.scored).padStart(14)} ${String(x.read ?? '-').padStart(13)} ${String(x.runs).padStart(6)} ${x.wall.toFixed(2).padStart(7)} ${x.cpu.toFixed(2).padStart(7)} ${x.peakRssMb.toFixed(0).padStart(12)} ${`(${x.baseRssMb.toFixed(0)})`.padStart(12)} ${x.heapMb.toFixed(0).padStart(8)}  ${(x.exact ?? '-').padEnd(12)}  ${x.old ?? '-'}`,
			);
			if (x.settledBy) console.log(`       clauses settled after each round (threshold:count): ${x.settledBy}`);
		}
	}
}
