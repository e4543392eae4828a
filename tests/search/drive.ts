/** Driving the search page from Playwright: type a query, wait for its results, read them. */
import type { Page } from 'playwright-core';
import { firstAnswer, type QuestionCase } from './evaluate';

/** The result links (paths) the search page shows for a query, once they are rendered. */
export async function searchResults(page: Page, q: string): Promise<string[]> {
	await page.locator('#search-q').fill(q);
	await page.waitForFunction((expected) => {
		const list = document.querySelector<HTMLElement>('[data-search-results]');
		return list?.dataset.state === 'done' && list.dataset.q === expected;
	}, q.trim());
	return page.locator('[data-search-results] .search-hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Each question typed into the search page: the rank of its first answering clause and how many results were listed. */
export async function askAll(page: Page, cases: QuestionCase[]): Promise<{ ranks: number[]; counts: number[] }> {
	const ranks: number[] = [];
	const counts: number[] = [];
	for (const c of cases) {
		const urls = await searchResults(page, c.q);
		ranks.push(firstAnswer(c, urls));
		counts.push(urls.length);
	}
	return { ranks, counts };
}
