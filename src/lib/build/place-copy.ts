import { copyFileSync, linkSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A file from the build's cache at its place in the site: a hard link (no bytes copied; nothing writes to these files
 * in place — `replaceFile` — and a later build's pruning only unlinks the cache's name), or a copy where the cache is
 * on another file system.
 */
export function placeCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/**
 * `placeCopy` for many files at once: on libuv's threads, `width` at a time, beside the work of the main thread;
 * each folder made once (`made`: folders that exist already).
 */
export async function placeCopies(files: [from: string, to: string][], made: Iterable<string> = [], width = 16): Promise<void> {
	const folders = new Map<string, Promise<unknown>>([...made].map((d) => [d, Promise.resolve()]));
	const folder = (d: string) => {
		let p = folders.get(d);
		if (!p) folders.set(d, (p = mkdir(d, { recursive: true })));
		return p;
	};
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const [from, to] = files[next++]!;
			await folder(dirname(to));
			await link(from, to).catch(() => copyFile(from, to));
		}
	};
	await Promise.all(Array.from({ length: Math.min(width, files.length) }, worker));
}

/**
 * Write a file of the new site by replacing it (a new file renamed over the old name), never into it: a page reused
 * from Astro's cache is a hard link shared with the cache and the live site (./astro-cache-link.ts).
 */
export function replaceFile(path: string, data: string | Uint8Array): void {
	const tmp = `${path}.xiangce-new`;
	writeFileSync(tmp, data);
	renameSync(tmp, path);
}
