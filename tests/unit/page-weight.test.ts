import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/lib/build/page-weight';

const dist = join(import.meta.dirname, '../fixtures/weight/site');

describe('pageWeight', () => {
	it('counts the HTML, its stylesheet, its scripts and their static imports', () => {
		const w = pageWeight(dist, '/page/');
		expect(w.files.sort()).toEqual(['/_astro/dep.js', '/_astro/entry.js', '/_astro/inline-dep.js', '/_astro/site.css']);
		expect(w.total).toBe(w.html + w.css + w.js);
	});
	it('does not count what is imported on demand (Pagefind on opening search)', () => {
		const w = pageWeight(dist, '/page/');
		expect(w.files).not.toContain('/_astro/pagefind.js');
		expect(w.js).toBeLessThan(1000);
	});
});
