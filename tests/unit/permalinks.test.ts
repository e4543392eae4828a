import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { checkManifest, redirectHtml, redirects, resolveMoved, sitePaths, staticRoutePath, updateManifest, type PermalinkManifest } from '../../src/lib/citations/permalinks';
import { fixtureRoot } from './fixtures';

const corpus = corpusFromDisk(fixtureRoot());
const ROUTES = ['index.astro', 'policies/index.astro', 'policies/[doc]/index.astro', 'policies/[doc]/[clause].astro', 'topics/[id].astro', 'api/clauses.json.ts', '[...moved].ts', '404.astro'];
const { paths: live } = sitePaths(ROUTES, { corpus });
const manifest = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/permalinks', `${name}.json`), 'utf8')) as PermalinkManifest;

describe('site paths', () => {
	it('maps route files to the paths they publish', () => {
		expect(staticRoutePath('index.astro')).toBe('/');
		expect(staticRoutePath('policies/index.astro')).toBe('/policies/');
		expect(staticRoutePath('relations/index.astro')).toBe('/relations/');
		expect(staticRoutePath('about.astro')).toBe('/about/');
		expect(staticRoutePath('api/clauses.json.ts')).toBe('/api/clauses.json');
	});
	it('lists every page of the fixture corpus, leaving out redirect and error routes', () => {
		expect(live).toEqual(manifest('stable').pages);
	});
	it('reports a dynamic route it does not know how to list', () => {
		expect(sitePaths([...ROUTES, 'search/[q].astro'], { corpus }).unknownRoutes).toEqual(['search/[q].astro']);
	});
});

describe('manifest check', () => {
	it('passes when nothing changed', () => {
		expect(checkManifest(manifest('stable'), live)).toEqual([]);
	});
	it('fails when a published URL disappears without a new home', () => {
		expect(checkManifest(manifest('gone'), live)).toEqual([
			'/policies/xiang-test-2024-1/1-2/ is no longer published: map it to its new home in permalinks.json "moved" (a redirect page is then built), or restore it',
		]);
	});
	it('passes when the disappeared URL is mapped, through a chain of moves', () => {
		expect(checkManifest(manifest('moved'), live)).toEqual([]);
	});
	it('fails on new URLs missing from the manifest', () => {
		expect(checkManifest(manifest('stable'), [...live, '/relations/'])).toEqual(['/relations/ is new and not in permalinks.json: run `npx tsx scripts/permalinks.ts` and commit the file']);
	});
	it('fails on moves that loop, lead nowhere, shadow a live page, are not pages or are not listed', () => {
		const problems = checkManifest(manifest('broken'), live);
		expect(problems.some((p) => p.startsWith('/policies/xiang-test-2024-1/a/ → /policies/xiang-test-2024-1/b/ does not lead'))).toBe(true);
		expect(problems.some((p) => p.startsWith('/policies/xiang-test-2024-1/nowhere/ → /policies/xiang-test-2024-1/9/ does not lead'))).toBe(true);
		expect(problems).toContain('/policies/xiang-test-2024-1/1/ is published again but still listed in "moved": remove the "moved" entry');
		expect(problems).toContain('/api/old.json: only pages (paths ending in /) can be redirected; a file such as JSON cannot carry a redirect page');
		expect(problems).toContain('/policies/xiang-test-2024-1/unlisted/ is in "moved" but not in "pages": add it to "pages" (run `npx tsx scripts/permalinks.ts`)');
		expect(problems).toContain('/topics/chuyi/ is new and not in permalinks.json: run `npx tsx scripts/permalinks.ts` and commit the file');
	});
	it('adds new URLs and never drops old ones', () => {
		const { manifest: m, added } = updateManifest(manifest('gone'), [...live, '/relations/']);
		expect(added).toEqual(['/relations/']);
		expect(m.pages).toContain('/policies/xiang-test-2024-1/1-2/');
		expect(m.pages).toEqual([...m.pages].sort());
	});
});

describe('redirect path', () => {
	it('follows a chain of moves to the live page', () => {
		const m = manifest('moved');
		expect(resolveMoved(m.moved, new Set(live), '/policies/xiang-test-2024-1/1-2/')).toBe('/policies/xiang-test-2024-1/1-1/');
		expect(redirects(m, live)).toEqual([
			{ from: '/policies/xiang-test-2024-1/1-2/', to: '/policies/xiang-test-2024-1/1-1/' },
			{ from: '/policies/xiang-test-2024-1/2/', to: '/policies/xiang-test-2024-1/1-1/' },
		]);
	});
	it('emits no redirect for a loop or a dead end', () => {
		expect(redirects(manifest('broken'), live).map((r) => r.from)).toEqual(['/policies/xiang-test-2024-1/unlisted/']);
	});
	it('builds a static redirect page: meta refresh, canonical, a plain link', () => {
		const html = redirectHtml('/policies/xiang-test-2024-1/1-1/', 'https://xiangce.example.org');
		expect(html).toContain('<meta http-equiv="refresh" content="0; url=/policies/xiang-test-2024-1/1-1/">');
		expect(html).toContain('<link rel="canonical" href="https://xiangce.example.org/policies/xiang-test-2024-1/1-1/">');
		expect(html).toContain('<a href="/policies/xiang-test-2024-1/1-1/">https://xiangce.example.org/policies/xiang-test-2024-1/1-1/</a>');
		expect(html).toContain('<meta name="robots" content="noindex">');
	});
});
