/** Driving the search page from Playwright: type a query, wait for its results, read them. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage, root } from '../browser/harness';
import { firstAnswer, firstHit, loadCases, loadQuestions, questionReport, type QuestionCase, type SearchCase } from './evaluate';

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

/**
 * The question suite on a variant of the search data (sharded, in parts), held to what one index gives: recall@5
 * ≥ 95%, no empty list, and the answer line of 推荐书要交几份 from the data.
 */
export async function expectQuestionsAnswered(browser: Browser, siteUrl: string, label: string): Promise<void> {
	const cases = loadQuestions(root);
	const { page, errors } = await openPage(browser, `${siteUrl}/search/`);
	const { ranks, counts } = await askAll(page, cases);
	const { lines, all, empty } = questionReport(cases, ranks, counts);
	console.log([`question suite, ${label}`, ...lines].join('\n'));
	expect(empty).toBe(0);
	expect(all.recallAt5).toBeGreaterThanOrEqual(0.95);
	expect((await searchResults(page, '推荐书要交几份'))[0]).toBe('/policies/xiang-jiao-tong-2024-23/3-p1/');
	expect(await page.locator('[data-search-results] .search-answer').first().textContent()).toContain('一式5份');
	expect(errors).toEqual([]);
	await page.context().close();
}

/** Pagefind's CLI with these arguments, as the build runs it (`indexInParts`' `run`). */
export function runPagefind(args: string[]): Promise<void> {
	return new Promise<void>((done, fail) => {
		const child = spawn(resolve(root, 'node_modules/.bin/pagefind'), args, { cwd: root, stdio: 'ignore' });
		child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`pagefind exited with ${code}`))));
	});
}

/** Each clause's verbatim text by URL path, from a built site's open data (`api/clauses.json`). */
export function clauseTexts(site: string): Map<string, string> {
	const api = JSON.parse(readFileSync(join(site, 'api/clauses.json'), 'utf8')) as { clauses: { url: string; text: string }[] };
	return new Map(api.clauses.map((c) => [c.url, c.text]));
}

/** Every keyword case typed into the search page: the rank of its first answering clause and the paths listed. */
export async function rankKeywordCases(page: Page, siteUrl: string, texts: Map<string, string>): Promise<{ cases: SearchCase[]; ranks: number[]; paths: string[][] }> {
	const cases = loadCases(root);
	const ranks: number[] = [];
	const paths: string[][] = [];
	for (const c of cases) {
		const listed = (await searchResults(page, c.q)).map((u) => new URL(u, siteUrl).pathname);
		paths.push(listed);
		ranks.push(firstHit(c, listed.map((p) => texts.get(p))));
	}
	return { cases, ranks, paths };
}
