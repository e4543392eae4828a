import { describe, expect, it } from 'vitest';
import { StageRecorder, processTree, treeMemoryKB, type ChildExit } from '../../src/lib/build/stages';

class Failed extends Error {}
const failing = (message: string): never => {
	throw new Failed(message);
};

describe('StageRecorder', () => {
	it('times a stage and its sub-stages, with the memory of the process beside it added', async () => {
		const stages = new StageRecorder(failing, () => 100 * 1024);
		const result = await stages.stage('render', (mark) => {
			mark('sync');
			return 42;
		});
		expect(result).toBe(42);
		expect(stages.stats.map((s) => s.stage)).toEqual(['render: sync', 'render']);
		const own = Math.round(process.memoryUsage.rss() / 2 ** 20);
		// The process beside this one (100 MB) counts in the peak.
		expect(stages.stats[1]!.peakMB).toBeGreaterThanOrEqual(100 + own * 0.8);
	});

	it('ends the build through `fail`, naming the stage, when a stage throws', async () => {
		const stages = new StageRecorder(failing);
		await expect(stages.stage('validate', () => Promise.reject(new Error('content/x.mdx:3: bad\nmore')))).rejects.toThrow('validate failed: content/x.mdx:3: bad');
		expect(stages.stats).toEqual([]);
	});

	it('samples a child process: its own peak, and with this process resident beside it', async () => {
		const stages = new StageRecorder(failing);
		// A child that holds some 60 MB for half a second.
		await stages.childStage('child', process.execPath, (run) => run(['-e', 'const b = Buffer.alloc(60 * 2 ** 20, 1); setTimeout(() => b.length, 500)']));
		const s = stages.stats[0]!;
		expect(s.stage).toBe('child');
		if (process.platform === 'linux') {
			expect(s.childMB).toBeGreaterThanOrEqual(60);
			expect(s.peakMB).toBeGreaterThan(s.childMB!);
		}
	});

	it('hands a failed child to `onExit`', async () => {
		const stages = new StageRecorder(failing);
		const exits: ChildExit[] = [];
		await stages.childStage('child', process.execPath, (run) => run(['-e', 'process.exit(3)']), (e) => exits.push(e));
		expect(exits).toEqual([{ code: 3, signal: null }]);
	});
});

describe('processTree', () => {
	it.runIf(process.platform === 'linux')('lists a process and its descendants', () => {
		expect(processTree(process.pid)[0]).toBe(process.pid);
	});

	it.runIf(process.platform === 'linux')('sums their resident memory, and knows the highest peak of any of them', () => {
		const { resident, highest } = treeMemoryKB(process.pid);
		expect(resident).toBeGreaterThan(0);
		expect(highest).toBeGreaterThanOrEqual(process.memoryUsage.rss() / 1024 / 2);
	});
});

describe('StageRecorder.record', () => {
	it('records a stage timed elsewhere with the memory resident now and beside', () => {
		const stages = new StageRecorder(failing, () => 50 * 1024);
		stages.record('worker', 1.5);
		expect(stages.stats[0]).toMatchObject({ stage: 'worker', seconds: 1.5 });
		expect(stages.stats[0]!.peakMB).toBeGreaterThan(50);
	});
});
