import { copyFileSync, linkSync, renameSync, writeFileSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';

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

/** `placeCopy` on libuv's threads, for many files at once beside other work. */
export async function placeCopyAsync(from: string, to: string): Promise<void> {
	await link(from, to).catch(() => copyFile(from, to));
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
