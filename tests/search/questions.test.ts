/**
 * Questions as people type them, against the built site in Chromium: the question suite (tests/search/
 * questions.json: recall@5 ≥ 95%, no empty list), the examples of issue 14 with their answer lines, partial
 * matches that say so, 您是不是要找, results listed before the texts arrive and refined in place, the unit
 * hierarchy in the 适用对象 filter, and every filter of src/lib/search/facets.ts on the search page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, dist, openPage, root, useSite } from '../browser/harness';
import { fragmentQueries, loadQuestions, questionReport } from './evaluate';
import { askAll, searchResults } from './drive';
import { FILTER_KEYS } from '../../src/lib/search/facets';

const site = useSite();

const answerLine = (page: Page) => page.locator('[data-search-results] .search-answer').first().textContent();
const notices = (page: Page) => page.locator('.search-results .search-notices').textContent();

describe('question suite', () => {
	it('puts a clause that answers each question in the top 5, and never shows an empty list', async () => {
		const cases = loadQuestions(root);
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`);
		const { ranks, counts } = await askAll(page, cases);
		const { lines, all, empty } = questionReport(cases, ranks, counts);
		const misses = cases.flatMap((c, i) => (ranks[i] === 1 ? [] : [`  rank ${ranks[i] || '-'}: ${c.q}`]));
		console.log(['question suite (rank of the first answering clause; - = not in the results shown)', ...lines, ...misses].join('\n'));
		expect(errors).toEqual([]);
		expect(empty, 'questions with an empty result list').toBe(0);
		expect(all.recallAt5, 'recall@5 on tests/search/questions.json').toBeGreaterThanOrEqual(0.95);
		await page.context().close();
	});
});

describe('the examples of issue 14', () => {
	const rows: { q: string; clause: string; answer: string }[] = [
		{ q: '市域产教联合体推荐书报送时间', clause: '/policies/xiang-jiao-tong-2024-23/3-p1/', answer: '2024年2月28日前' },
		{ q: '推荐书要交几份', clause: '/policies/xiang-jiao-tong-2024-23/3-p1/', answer: '一式5份' },
		{ q: '联合体申报材料发到哪个邮箱', clause: '/policies/xiang-jiao-tong-2024-23/3-p1/', answer: 'hnzcc908@163.com' },
		{ q: '一个园区可以申报几个联合体', clause: '/policies/xiang-jiao-tong-2024-23/3-2/', answer: '每个园区最多申报1个' },
		{ q: '学分够了可以提前毕业吗', clause: '/policies/xiang-ren-she-fa-2024-40/7/', answer: '可提前毕业' },
		{ q: '技师学院能不能在企业设立分院', clause: '/policies/xiang-ren-she-fa-2024-40/1/', answer: '设立分院' },
	];
	it('finds the answering clause in the top 3 and opens the best hit with the answer from the data, cited and linked', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`);
		for (const row of rows) {
			const urls = await searchResults(page, row.q);
			expect(urls.slice(0, 3), row.q).toContain(row.clause);
			const line = page.locator('[data-search-results] .search-hit').first().locator('.search-answer');
			expect(await line.textContent(), row.q).toContain(row.answer);
			expect(await line.locator('a').getAttribute('href'), row.q).toBe(urls[0]);
			// The hit's excerpt marks the words that answer.
			expect(await page.locator('[data-search-results] .search-hit').first().locator('mark.answer').count(), row.q).toBeGreaterThan(0);
		}
		expect(await answerLine(page)).toMatch(/湘人社发〔2024〕40号 第一条/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('answers in the header panel too', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-ban-fa-2018-82/4-15/`);
		await page.keyboard.press('/');
		await page.keyboard.type('推荐书要交几份');
		await page.locator('#site-search-panel[data-state="done"][data-q="推荐书要交几份"]').waitFor();
		expect(await page.locator('#site-search-panel .search-answer').textContent()).toContain('一式5份，加盖公章');
		await page.context().close();
	});
});

describe('no dead ends', () => {
	it('answers any stretch of the texts, cut mid-word or not, with a non-empty list', async () => {
		const api = JSON.parse(readFileSync(join(dist, 'api/clauses.json'), 'utf8')) as { clauses: { text: string }[] };
		const queries = fragmentQueries(api.clauses.map((c) => c.text), 60);
		const { page } = await openPage(site.browser, `${site.url}/search/`);
		const empty: string[] = [];
		for (const q of queries) if ((await searchResults(page, q)).length === 0) empty.push(q);
		console.log(`stretches of the texts with an empty result list: ${empty.length}/${queries.length} ${empty.join(' ')}`);
		expect(empty).toEqual([]);
		await page.context().close();
	});

	it('relaxes a query with a word no clause has, and says the results are a partial match', async () => {
		const { page } = await openPage(site.browser, `${site.url}/search/`);
		const urls = await searchResults(page, '技能大师工作室 火星基地');
		expect(urls.length).toBeGreaterThan(0);
		expect(await notices(page)).toContain('没有同时包含全部词语的条款，以下为部分匹配');
		expect(await notices(page)).toContain('火星');
		// A full match says nothing of the kind; question words set aside are named.
		await searchResults(page, '技能大师工作室在哪些文件里');
		expect(await notices(page)).not.toContain('部分匹配');
		expect(await notices(page)).toContain('已略去提问用语');
		await page.context().close();
	});

	it('offers 您是不是要找 for a typo of a known term, and searches it when chosen', async () => {
		const { page } = await openPage(site.browser, `${site.url}/search/`);
		await searchResults(page, '技能大使工作室');
		const suggestion = page.locator('.search-results .search-suggest a');
		expect(await suggestion.textContent()).toBe('技能大师工作室');
		await suggestion.click();
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.q === '技能大师工作室' && document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
		expect(await page.locator('#search-q').inputValue()).toBe('技能大师工作室');
		expect(decodeURIComponent(page.url())).toContain('q=技能大师工作室');
		// No suggestion for a term spelled right.
		expect(await page.locator('.search-results .search-suggest').count()).toBe(0);
		await page.context().close();
	});

	it('reads Traditional characters as Simplified and says so', async () => {
		const { page } = await openPage(site.browser, `${site.url}/search/`);
		expect((await searchResults(page, '推薦書要交幾份'))[0]).toBe('/policies/xiang-jiao-tong-2024-23/3-p1/');
		expect(await notices(page)).toContain('已按简体“推荐书要交几份”搜索');
		await page.context().close();
	});
});

describe('first results at once', () => {
	it('lists results before the clause texts arrive, then refines the same items in place', async () => {
		// The texts (Pagefind's fragments) arrive late, from the page's first request on: a route set after the page
		// loaded let a fragment fetched early (on a loaded machine) through on time.
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`, {
			before: (p) =>
				p.route('**/pagefind/fragment/**', async (route) => {
					await new Promise((r) => setTimeout(r, 3000));
					await route.continue();
				}),
		});
		await page.locator('#search-q').fill('推荐书要交几份');
		await page.locator('[data-search-results][data-state="first"]').waitFor();
		const first = await page.locator('[data-search-results] .search-hit').evaluateAll((items) =>
			items.map((li, i) => {
				(li as HTMLElement & { stamp?: number }).stamp = i;
				return li.querySelector('a')!.getAttribute('href');
			}),
		);
		expect(first.length).toBeGreaterThan(0);
		// Even before the texts, the best hit has its answer from the answer index.
		expect(await answerLine(page)).toContain('一式5份');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.state === 'done');
		const kept = await page.locator('[data-search-results] .search-hit').evaluateAll((items) => items.filter((li) => (li as HTMLElement & { stamp?: number }).stamp !== undefined).length);
		expect(kept).toBeGreaterThan(0);
		expect(await page.locator('[data-search-results] .search-hit-excerpt').first().textContent()).not.toBe('');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('loading', () => {
	it('ignores a manifest left from an earlier build, and one that is missing: Pagefind then loads on its own', async () => {
		for (const manifest of ['stale', 'missing'] as const) {
			const context = await site.browser.newContext();
			const page = await context.newPage();
			const failed: string[] = [];
			page.on('pageerror', (e) => failed.push(e.message));
			await page.route('**/search/pagefind.json', (route) =>
				manifest === 'missing' ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'application/json', body: JSON.stringify({ tag: 'zh-cn_0000000', prefetch: ['/pagefind/index/zh-cn_gone.pf_index'], pages: {} }) }),
			);
			await page.goto(`${site.url}/search/`);
			expect((await searchResults(page, '推荐书要交几份'))[0], manifest).toBe('/policies/xiang-jiao-tong-2024-23/3-p1/');
			// No file of the stale manifest was requested.
			expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('zh-cn_gone')))).toBe(false);
			expect(failed).toEqual([]);
			await context.close();
		}
	});
});

describe('filters', () => {
	it('shows every filter of src/lib/search/facets.ts', async () => {
		const { page } = await openPage(site.browser, `${site.url}/search/`);
		for (const key of FILTER_KEYS) expect(await page.locator(`[name="${key}"]`).count(), key).toBe(1);
		await page.context().close();
	});

	it('finds with a 适用对象 what is addressed to a broader one, and says so', async () => {
		const url = `${site.url}/search/?q=${encodeURIComponent('实训基地')}&role=${encodeURIComponent('高职院校')}`;
		const { page } = await openPage(site.browser, url);
		await page.locator('[data-search-results][data-state="done"]').waitFor();
		const via = page.locator('[data-search-results] .search-hit-via', { hasText: '面向“职业院校”' });
		expect(await via.count()).toBeGreaterThan(0);
		expect(await via.first().textContent()).toContain('含高职院校');
		await page.context().close();
	});
});

describe('accessibility of answers and notices', () => {
	it('has no WCAG A/AA violations with an answer line, a partial-match notice and a suggestion', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await openPage(site.browser, `${site.url}/search/?q=${encodeURIComponent('技能大使工作室要交几份')}`, { colorScheme, bypassCSP: true });
			await page.locator('[data-search-results][data-state="done"]').waitFor();
			const violations = await axeViolations(page, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], impacts: ['minor', 'moderate', 'serious', 'critical'] });
			expect(violations, colorScheme).toEqual([]);
			await page.context().close();
		}
	});
});
