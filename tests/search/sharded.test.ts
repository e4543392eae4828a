/**
 * Search with its data sharded, as a library of more than SHARD_ABOVE pages gets it (src/lib/search/shards.ts), on
 * the real corpus: a copy of the built site whose manifest stage is run again with every library counted as large.
 * The answer index then holds no clause and the manifest no page; a query fetches the shards of the candidates it
 * compares (the best DATA_DEPTH by Pagefind's ranking) and loads their fragment files itself. The suites must hold as
 * they do unsharded: the keyword cases at recall@5 100%, the questions at ≥ 95% with no empty list, the answer lines.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, openPage, serveDist, useSite } from '../browser/harness';
import type { Browser } from 'playwright-core';
import { report } from './evaluate';
import { clauseTexts, expectQuestionsAnswered, rankKeywordCases } from './drive';
import { writeSearchManifest } from '../../src/lib/build/search-manifest-site';
import { ANSWERS_PATH } from '../../src/lib/search/paths';
import { shardPath } from '../../src/lib/search/shards';
import type { AnswerIndex } from '../../src/lib/search/answers';

let copy = '';
let shards = 0;
beforeAll(() => {
	copy = mkdtempSync(join(tmpdir(), 'xiangce-sharded-'));
	cpSync(dist, copy, { recursive: true });
	shards = writeSearchManifest(copy, 0).shards ?? 0;
});
const site = useSite(() => copy);

describe('sharded search data', () => {
	it('moves every clause out of the answer index into the shards', () => {
		expect(shards).toBeGreaterThan(1);
		const answers = JSON.parse(readFileSync(join(copy, ANSWERS_PATH), 'utf8')) as AnswerIndex;
		expect(answers.clauses).toEqual([]);
		expect(answers.count).toBe(210);
		for (let n = 0; n < shards; n++) expect(existsSync(join(copy, shardPath(n)))).toBe(true);
	});

	it('keeps the keyword cases at recall@5 100%, fetching each shard once', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`);
		const requests: string[] = [];
		page.on('request', (r) => r.url().includes('/search/shards/') && requests.push(new URL(r.url()).pathname));
		const { cases, ranks } = await rankKeywordCases(page, site.url, clauseTexts(copy));
		// Shards are fetched as candidates need them, each once.
		expect(requests.length).toBeGreaterThan(0);
		expect(new Set(requests).size).toBe(requests.length);
		const { lines, all } = report(cases, ranks);
		console.log(['search quality, sharded', ...lines].join('\n'));
		expect(errors).toEqual([]);
		expect(all.recallAt5).toBe(1);
		await page.context().close();
	});

	it('answers the questions as unsharded: recall@5 ≥ 95%, no empty list, the answer line from a shard', async () => {
		await expectQuestionsAnswered(site.browser, site.url, 'sharded');
	});

	it('filters from its own postings as Pagefind does unsharded: the same results, in the same order', async () => {
		const unsharded = await serveDist(dist);
		const queries: Record<string, string>[] = [
			{ q: '实训基地', role: '高职院校' },
			{ q: '实习', unit: '省教育厅' },
			{ q: '教师', topic: '双师型教师' },
			{ q: '申报', deadline: '是' },
			{ q: '教育厅 经费' },
			{ q: '湘教通〔2024〕23号' },
			{ q: '湘人社发〔2024〕40号 技师' },
			{ q: '1000' },
		];
		try {
			for (const query of queries) {
				const path = `/search/?${new URLSearchParams(query)}`;
				const [got, want] = await Promise.all([listed(site.browser, `${site.url}${path}`), listed(site.browser, `${unsharded.url}${path}`)]);
				expect(want.length, path).toBeGreaterThan(0);
				expect(got, path).toEqual(want);
			}
		} finally {
			await unsharded.close();
		}
	});
});

/** The result links a search page lists for its URL, once final. */
async function listed(browser: Browser, url: string): Promise<string[]> {
	const { page, errors } = await openPage(browser, url);
	await page.locator('[data-search-results][data-state="done"]').waitFor({ state: 'attached' });
	const links = await page.locator('[data-search-results] .search-hit-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(errors, url).toEqual([]);
	await page.context().close();
	return links;
}
