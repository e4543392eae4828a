import { copyFileSync, linkSync } from 'node:fs';

/**
 * A file from the build's cache at its place in the site: a hard link (no bytes copied; nothing writes to these files
 * in place, and a later build's pruning only unlinks the cache's name), or a copy where the cache is on another file
 * system.
 */
export function placeCopy(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}
