import { readdirSync, readFileSync } from 'node:fs';
import { replaceFile } from './place-copy';
import { join } from 'node:path';
import { SiteHashes, injectCspMeta } from './csp';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/**
 * Give every page of a built site its policy meta tag (pages rendered by Astro have it already, from
 * src/middleware.ts; redirect pages and anything else get it here) and write `_headers` with the union of the
 * pages' hashes. Returns the page count and how many pages had to be rewritten.
 */
export function addCspToSite(dist: string): { pages: number; rewritten: number } {
	const files = htmlFiles(dist);
	const hashes = new SiteHashes();
	let rewritten = 0;
	for (const f of files) {
		const before = readFileSync(f, 'utf8');
		const html = injectCspMeta(before);
		if (html !== before) {
			replaceFile(f, html);
			rewritten++;
		}
		hashes.add(html);
	}
	replaceFile(join(dist, '_headers'), hashes.headersFile());
	return { pages: files.length, rewritten };
}
