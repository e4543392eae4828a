import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, injectCspMeta } from './csp';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** Add the policy meta tag to every page of a built site and write its `_headers`; returns the page count. */
export function addCspToSite(dist: string): number {
	const files = htmlFiles(dist);
	const hashes: string[] = [];
	for (const f of files) {
		const html = injectCspMeta(readFileSync(f, 'utf8'));
		writeFileSync(f, html);
		hashes.push(html);
	}
	writeFileSync(join(dist, '_headers'), headersFile(hashes));
	return files.length;
}
