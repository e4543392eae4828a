import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * The build's stages, timed, with their peak resident memory. The build runs in two processes one after another
 * (scripts/build.ts starts scripts/build-site.ts, then Pagefind): each records its stages here, and the figures
 * the benchmark prints (`XIANGCE_BUILD_STATS`) are the whole build's — every process resident at the moment.
 */
export interface StageStat {
	stage: string;
	seconds: number;
	/** Peak resident memory during the stage, MB: every process of the build resident meanwhile, together. */
	peakMB: number;
	/** At the stage's end, MB: the JavaScript heap in use, and memory outside it (buffers, typed arrays, native). */
	heapMB?: number;
	offHeapMB?: number;
	externalMB?: number;
	/** For a stage run by a child process: the child's own peak (`peakMB` adds the process that waits for it). */
	childMB?: number;
}

const mb = (kb: number) => Math.round(kb / 1024);
const rssKB = () => process.memoryUsage.rss() / 1024;

/** Where the memory is now: a heap cap reaches only the first; `external` (buffers) is part of the second. */
function heapNow(): { heapMB: number; offHeapMB: number; externalMB: number } {
	const m = process.memoryUsage();
	const MB = (b: number) => Math.round(b / 2 ** 20);
	return { heapMB: MB(m.heapUsed), offHeapMB: MB(m.rss - m.heapTotal), externalMB: MB(m.external) };
}

/** The process and all its descendants (Linux /proc), for memory sampling. */
export function processTree(pid: number): number[] {
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

/** A process's resident memory and its peak so far, KB, from /proc (0 when it is gone, or not on Linux). */
function processKB(pid: number): { rss: number; hwm: number } {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0);
		return { rss: field('VmRSS'), hwm: field('VmHWM') };
	} catch {
		return { rss: 0, hwm: 0 };
	}
}

/**
 * Memory of a process tree now, KB: `resident`, all its processes summed; `highest`, the highest peak any one of
 * them reached (a peak between two samples).
 */
export function treeMemoryKB(pid: number): { resident: number; highest: number } {
	let resident = 0;
	let highest = 0;
	for (const p of processTree(pid)) {
		const { rss, hwm } = processKB(p);
		resident += rss;
		highest = Math.max(highest, hwm);
	}
	return { resident, highest };
}

/** How a child process of a stage ended, when it did not succeed. */
export interface ChildExit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

export class StageRecorder {
	readonly stats: StageStat[] = [];

	constructor(
		/** Ends the build: called with what failed. */
		private readonly fail: (message: string) => never,
		/** Memory of other processes of the build, resident meanwhile (the process that started this one), KB. */
		private readonly besideKB: () => number = () => 0,
	) {}

	/** A stage timed elsewhere (a worker thread's), with the memory resident as it ends. */
	record(name: string, seconds: number): void {
		this.stats.push({ stage: name, seconds, peakMB: mb(rssKB() + this.besideKB()) });
	}

	/**
	 * Run a stage in this process, sampling its resident memory every 50 ms. `mark(name)` closes a sub-stage (the
	 * Astro build reports content sync, bundling and page rendering through its integration hooks).
	 */
	async stage<T>(name: string, run: (mark: (sub: string) => void) => T | Promise<T>): Promise<T> {
		const now = () => rssKB() + this.besideKB();
		const t = performance.now();
		let peak = now();
		let sub = { t, peak };
		const timer = setInterval(() => {
			const kb = now();
			peak = Math.max(peak, kb);
			sub.peak = Math.max(sub.peak, kb);
		}, 50);
		const mark = (part: string) => {
			const at = performance.now();
			this.stats.push({ stage: `${name}: ${part}`, seconds: (at - sub.t) / 1000, peakMB: mb(Math.max(sub.peak, now())), ...heapNow() });
			sub = { t: at, peak: now() };
		};
		try {
			const result = await run(mark);
			peak = Math.max(peak, now());
			const seconds = (performance.now() - t) / 1000;
			const heap = heapNow();
			this.stats.push({ stage: name, seconds, peakMB: mb(peak), ...heap });
			console.log(`build: ${name} done in ${seconds.toFixed(1)} s (peak ${mb(peak)} MB; now heap ${heap.heapMB} MB, outside it ${heap.offHeapMB} MB, of which buffers ${heap.externalMB} MB)`);
			return result;
		} catch (e) {
			this.fail(`${name} failed: ${(e as Error).message?.split('\n')[0] ?? e}`);
		} finally {
			clearInterval(timer);
		}
	}

	/**
	 * Run a stage of child processes, one after another (`run(args)` starts `cmd` with them), sampling the resident
	 * memory of each child's process tree from /proc (the `pagefind` command is a small Node wrapper around the
	 * native indexer, whose memory is the one that matters) with this process's added. A child that fails ends the
	 * build through `onExit`, or `fail` when none is given.
	 */
	async childStage<T>(
		name: string,
		cmd: string,
		work: (run: (args: string[], options?: SpawnOptions, started?: (child: ChildProcess) => void) => Promise<void>) => Promise<T>,
		/** What a failed child means (the build ends there: it does not return, except in tests). */
		onExit?: (exit: ChildExit) => void,
	): Promise<T> {
		const t = performance.now();
		// A stage whose work needs no child (every part of the index reused) still has this process resident.
		let peak = rssKB() + this.besideKB();
		let childPeak = 0;
		const run = (args: string[], options: SpawnOptions = {}, started?: (child: ChildProcess) => void) =>
			new Promise<void>((done) => {
				const child = spawn(cmd, args, { stdio: 'inherit', ...options });
				started?.(child);
				const timer = setInterval(() => {
					const { resident, highest } = treeMemoryKB(child.pid!);
					const kb = Math.max(resident, highest);
					childPeak = Math.max(childPeak, kb);
					peak = Math.max(peak, kb + rssKB() + this.besideKB());
				}, 50);
				child.on('exit', (code, signal) => {
					clearInterval(timer);
					if (code !== 0) (onExit ?? (() => this.fail(`${name} failed (exit ${code ?? signal})`)))({ code, signal });
					done();
				});
			});
		const result = await work(run);
		const seconds = (performance.now() - t) / 1000;
		this.stats.push({ stage: name, seconds, peakMB: mb(peak), childMB: mb(childPeak) });
		console.log(`build: ${name} done in ${seconds.toFixed(1)} s (peak ${mb(peak)} MB with this process; ${mb(childPeak)} MB its own)`);
		return result;
	}
}

/** The resident memory of the process that started this one, KB (it waits for this one: it counts). */
export const parentKB = (): number => processKB(process.ppid).rss;
