/**
 * Search over an index in parts, as a library of more than CLAUSES_PER_PART clauses gets it
 * (src/lib/build/pagefind-parts.ts), on the real corpus: a copy of the built site indexed again in three parts by
 * document, with its data sharded as at that scale. The browser merges the parts into Pagefind's first bundle; the
 * suites must hold as they do with one index: the keyword cases at recall@5 100%, the questions at ≥ 95% with no
 * empty list, the answer lines, and every part's files fetched.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, openPage, useSite } from '../browser/harness';
import { report } from './evaluate';
import { clauseTexts, expectQuestionsAnswered, rankKeywordCases, runPagefind } from './drive';
import { writeSearchManifest } from '../../src/lib/build/search-manifest-site';
import { indexInParts, planParts, type PagefindPart } from '../../src/lib/build/pagefind-parts';
import type { PagefindManifest } from '../../src/lib/build/search-manifest';

let copy = '';
let parts: PagefindPart[] = [];
let manifest: PagefindManifest;

beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'xiangce-parts-'));
	cpSync(dist, copy, { recursive: true });
	rmSync(join(copy, 'pagefind'), { recursive: true });
	const api = JSON.parse(readFileSync(join(copy, 'api/clauses.json'), 'utf8')) as { clauses: { doc: string }[] };
	const counts = new Map<string, number>();
	for (const c of api.clauses) counts.set(c.doc, (counts.get(c.doc) ?? 0) + 1);
	parts = planParts([...counts].map(([slug, clauses]) => ({ slug, clauses })), 80);
	await indexInParts(copy, parts, runPagefind);
	manifest = writeSearchManifest(copy, 0);
}, 60_000);
const site = useSite(() => copy);

describe('search index in parts', () => {
	it('writes one bundle per part, the others named in the manifest', () => {
		expect(parts.length).toBe(3);
		expect(parts.every((p) => p.docs.length > 0)).toBe(true);
		expect(manifest.parts?.map((p) => p.base)).toEqual(['/pagefind/parts/1/', '/pagefind/parts/2/']);
		for (const p of parts) expect(existsSync(join(copy, p.base, 'pagefind-entry.json'))).toBe(true);
		expect(manifest.shards).toBeGreaterThan(1);
	});

	it('keeps the keyword cases at recall@5 100%, with results from every part', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		const { cases, ranks, paths } = await rankKeywordCases(page, site.url, clauseTexts(copy));
		const found = new Set(paths.flat().map((p) => p.split('/')[2]!));
		const { lines, all } = report(cases, ranks);
		console.log(['search quality, index in parts', ...lines].join('\n'));
		expect(errors).toEqual([]);
		expect(all.recallAt5).toBe(1);
		// Every part was searched and its texts loaded.
		for (const p of parts) expect(p.docs.some((d) => found.has(d)), p.base).toBe(true);
		for (const p of parts.slice(1)) expect(requests.some((r) => r.startsWith(`${p.base}fragment/`)), p.base).toBe(true);
		await page.context().close();
	});

	it('answers the questions as one index does: recall@5 ≥ 95%, no empty list, the answer line', async () => {
		await expectQuestionsAnswered(site.browser, site.url, 'index in parts');
	});
});
