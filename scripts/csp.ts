/**
 * Add the Content-Security-Policy meta tag to every built page and write `_headers` for hosts that read it.
 *   tsx scripts/csp.ts <dist-folder>      (scripts/build.ts runs it on the temporary build before the swap)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile, injectCspMeta } from '../src/lib/build/csp';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

const dist = process.argv[2];
if (!dist) {
	console.error('csp: name the built site folder: tsx scripts/csp.ts dist');
	process.exit(1);
}
const files = htmlFiles(dist);
const pages = files.map((f) => {
	const html = injectCspMeta(readFileSync(f, 'utf8'));
	writeFileSync(f, html);
	return html;
});
writeFileSync(join(dist, '_headers'), headersFile(pages));
console.log(`csp: policy added to ${files.length} pages; _headers written`);
