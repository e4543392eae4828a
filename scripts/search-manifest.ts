/**
 * Write /search/pagefind.json (src/lib/build/search-manifest.ts) from Pagefind's output, for a site indexed by hand.
 *   tsx scripts/search-manifest.ts <dist-folder>      (scripts/build.ts does this itself after Pagefind, before the swap)
 */
import { writeSearchManifest } from '../src/lib/build/search-manifest-site';
import { manifestSummary } from '../src/lib/build/search-manifest';

const dist = process.argv[2];
if (!dist) {
	console.error('search-manifest: name the built site folder: tsx scripts/search-manifest.ts dist');
	process.exit(1);
}
try {
	const m = writeSearchManifest(dist);
	console.log(`search-manifest: ${manifestSummary(m)}`);
} catch (e) {
	console.error(`search-manifest: ${(e as Error).message}`);
	process.exit(1);
}
