import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the tests make (fixture trees, scratch builds) goes under one folder per run, removed when
 * the run ends, so the machine's temp folder does not fill up with thousands of leftovers over time.
 */
export default function setup() {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-tests-'));
	const before = process.env.TMPDIR;
	process.env.TMPDIR = dir;
	return () => {
		process.env.TMPDIR = before;
		rmSync(dir, { recursive: true, force: true });
	};
}
