import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { relatedIndex, type RelatedInput, type RelatedLink } from '../corpus/related';

/**
 * Related clauses computed in a worker thread. The build has two cores and, before its first page, two long
 * single-threaded tasks: the data files and the related-clause join (each about half a minute at a thousand
 * documents). Run side by side, the join costs no wall time. The answer is `relatedIndex`'s, unchanged: the worker
 * runs the same function on the same inputs (tests/unit/related-worker.test.ts).
 */
export function relatedInWorker(inputs: RelatedInput[]): Promise<Map<string, RelatedLink[]>> {
	return new Promise((done, fail) => {
		// The worker runs this module, TypeScript: with the parent's tsx loader (the build runs under tsx), or with one
		// of its own where the parent loads TypeScript otherwise (vitest).
		// A worker refuses V8 heap flags (package.json's --heap-growing-percent, a --max-old-space-size given to the
		// build), so they are left out; V8's flags are the process's, so the worker's heap follows them all the same.
		const flags = process.execArgv.filter((a) => !/^--(max-(old|semi)-space-size|heap-growing-percent)/.test(a));
		const underTsx = flags.some((a) => a.includes('tsx'));
		const worker = new Worker(new URL(import.meta.url), { workerData: inputs, execArgv: underTsx ? flags : [...flags, '--import', 'tsx'] });
		// A cloned string is a copy per occurrence: each clause key is kept once (a large library's links name the same
		// clauses hundreds of thousands of times).
		worker.once('message', (entries: [string, RelatedLink[]][]) => {
			const keys = new Map(inputs.map((c) => [c.key, c.key]));
			const key = (k: string) => keys.get(k) ?? k;
			done(new Map(entries.map(([k, links]) => [key(k), links.map((l) => ({ key: key(l.key), similarity: l.similarity, reasons: l.reasons }))])));
		});
		worker.once('error', fail);
		worker.once('exit', (code) => code !== 0 && fail(new Error(`the related-clauses worker stopped (exit ${code})`)));
	});
}

if (!isMainThread && parentPort) parentPort.postMessage([...relatedIndex(workerData as RelatedInput[])]);
