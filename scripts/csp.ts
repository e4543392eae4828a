/**
 * Add the Content-Security-Policy meta tag to every built page and write `_headers` for hosts that read it.
 *   tsx scripts/csp.ts <dist-folder>      (scripts/build.ts does the same on the temporary build before the swap)
 */
import { addCspToSite } from '../src/lib/build/csp-site';

const dist = process.argv[2];
if (!dist) {
	console.error('csp: name the built site folder: tsx scripts/csp.ts dist');
	process.exit(1);
}
const { pages, rewritten } = addCspToSite(dist);
console.log(`csp: ${pages} pages have their policy (${rewritten} added now); _headers written`);
