import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { dist, openPage, root, useSite } from './harness';

/** The "which clause applies to me" views: units, roles, targets, deadlines, the checklist, cities and industries. */

const site = useSite();

interface Api {
	units: { id: string; type: 'body' | 'role' }[];
	clauses: { doc: string; id: string; targets: { period?: { kind: string; year?: number } }[]; deadlines: { date: string }[] }[];
}
const api = () => JSON.parse(readFileSync(join(dist, 'api/clauses.json'), 'utf8')) as Api;
const layout = () => parse(readFileSync(join(root, 'content/datasets/industry-layout.yaml'), 'utf8')) as { cities: string[]; industries: { code: string; ratings: Record<string, number> }[] };
const close = (page: Page) => page.context().close();

describe('a page for every unit, role, city and industry', () => {
	it('exists in dist/', () => {
		const { units } = api();
		const missing = [
			...units.map((u) => `units/${u.id}`),
			...units.filter((u) => u.type === 'role').map((u) => `roles/${u.id}`),
			...layout().cities.map((c) => `cities/${c}`),
			...layout().industries.map((i) => `industries/${i.code.toLowerCase()}`),
			'targets',
			'deadlines',
			'apply/shiyu-chanjiao-lianheti',
			'roles',
			'cities',
			'industries',
		].filter((p) => !existsSync(join(dist, p, 'index.html')));
		expect(missing).toEqual([]);
		expect(existsSync(join(dist, 'deadlines.ics'))).toBe(true);
	});

	it('points the unit page of a role to the role page', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/units/higher-vocational/`);
		await page.locator('main a[href="/roles/higher-vocational/"]').click();
		await page.waitForURL('**/roles/higher-vocational/');
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('from the home page to what applies to me', () => {
	it('goes from the role entry to a role page and on to a clause', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/`);
		// The roles are the first way in: the first list of links after the introduction.
		const firstSection = await page.locator('main h2').first().textContent();
		expect(firstSection).toBe('我是……');
		await page.locator('ul.roles').getByRole('link', { name: '高职院校', exact: true }).click();
		await page.waitForURL('**/roles/higher-vocational/');
		expect(await page.locator('h1').textContent()).toContain('高职院校');
		expect(await page.locator('#obligation, #condition, #opportunity').count()).toBe(3);
		// The checklist of the call it can answer is offered.
		expect(await page.locator('a[href="/apply/shiyu-chanjiao-lianheti/"]').count()).toBeGreaterThan(0);
		const clause = page.locator('section[aria-labelledby="condition"] li.duty a').first();
		const href = await clause.getAttribute('href');
		expect(href).toMatch(/^\/policies\/[a-z0-9-]+\/[a-z0-9-]+\/$/);
		await clause.click();
		await page.waitForURL(`**${href}`);
		expect(await page.locator('[data-clause-text]').innerText()).not.toBe('');
		expect(errors).toEqual([]);
		await close(page);
	});

	it('lists a body’s duties by document and modality, binding first, with counts', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/units/hrss-dept/`);
		expect(await page.locator('main').innerText()).toContain('人社厅');
		const groups = await page.locator('section.doc-group').first().locator('h3').allTextContents();
		const order = ['必须', '应当', '鼓励', '支持', '可以'];
		const ranks = groups.map((g) => order.findIndex((m) => g.startsWith(m))).filter((r) => r >= 0);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(await page.locator('.counts dd').first().textContent()).toMatch(/\d+ 份/);
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('targets', () => {
	const values = (page: Page) => page.$$eval('#targets-table tbody tr:not([hidden]) td:nth-child(3)', (tds) => tds.map((td) => Number(td.getAttribute('data-sort-value'))));

	it('sorts and filters the table, and keeps the filter in the URL', async () => {
		const data = api();
		const total = data.clauses.reduce((n, c) => n + c.targets.length, 0);
		const { page, errors } = await openPage(site.browser, `${site.url}/targets/`);
		expect(await page.locator('#targets-table tbody tr').count()).toBe(total);
		expect(await page.locator('form[data-table-filter]').isVisible()).toBe(true);

		const valueHeader = page.locator('#targets-table thead th').nth(2);
		await valueHeader.getByRole('button').click();
		expect(await valueHeader.getAttribute('aria-sort')).toBe('ascending');
		const up = await values(page);
		expect(up).toEqual([...up].sort((a, b) => a - b));
		await valueHeader.getByRole('button').press('Enter');
		expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
		expect((await values(page))[0]).toBe(Math.max(...up));

		await page.locator('select[name="doc"]').selectOption('xiang-ren-she-fa-2024-40');
		const inDoc = data.clauses.filter((c) => c.doc === 'xiang-ren-she-fa-2024-40').reduce((n, c) => n + c.targets.length, 0);
		expect(await page.locator('#targets-table tbody tr:not([hidden])').count()).toBe(inDoc);
		expect(await page.locator('[data-table-status]').textContent()).toBe(`显示 ${inDoc} / ${total} 项`);
		expect(page.url()).toContain('doc=xiang-ren-she-fa-2024-40');

		await page.locator('button[type="reset"]').click();
		await page.getByRole('searchbox', { name: '关键词' }).fill('楚怡');
		const shown = await page.$$eval('#targets-table tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.textContent ?? ''));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.length).toBeLessThan(total);
		expect(shown.every((t) => t.includes('楚怡'))).toBe(true);
		expect(errors).toEqual([]);
		await close(page);

		// A linked filtered view opens filtered.
		const by2025 = data.clauses.reduce((n, c) => n + c.targets.filter((t) => t.period?.kind === 'by' && t.period.year === 2025).length, 0);
		const linked = await openPage(site.browser, `${site.url}/targets/?horizon=by-2025`);
		expect(await linked.page.locator('#targets-table tbody tr:not([hidden])').count()).toBe(by2025);
		await close(linked.page);
	});

	it('shows the full table without JavaScript, and an SVG chart with a text alternative', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/targets/`);
		expect(await page.locator('form[data-table-filter]').isVisible()).toBe(false);
		expect(await page.locator('#targets-table tbody tr:visible').count()).toBe(await page.locator('#targets-table tbody tr').count());
		const svg = page.locator('figure.chart svg[role="img"]');
		expect(await svg.getAttribute('aria-labelledby')).toMatch(/title .*desc/);
		expect(await page.locator('figure.chart svg desc').textContent()).toContain('湘政函〔2023〕168号');
		expect(await page.locator('figure.chart table caption').count()).toBe(1);
		await context.close();
	});
});

describe('deadlines', () => {
	it('shows each dated obligation with its status and clause, and offers an .ics that parses', async () => {
		const data = api();
		const dated = data.clauses.flatMap((c) => c.deadlines.map((d) => ({ ...d, url: `/policies/${c.doc}/${c.id}/` })));
		const { page, errors } = await openPage(site.browser, `${site.url}/deadlines/`);
		const first = page.locator('ol.timeline').first().locator(':scope > li');
		expect(await first.count()).toBe(dated.length);
		// 2024-02-28 is before any build day this site will have.
		const feb = first.filter({ has: page.locator('time[datetime="2024-02-28"]') });
		expect(await feb.locator('.status').textContent()).toMatch(/^已过期/);
		expect(await feb.locator(`a[href="${dated.find((d) => d.date === '2024-02-28')!.url}"]`).count()).toBe(1);

		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/deadlines.ics"]').click()]);
		expect(download.suggestedFilename()).toBe('xiangce-deadlines.ics');
		const text = readFileSync((await download.path())!, 'utf8');
		const cal = new ICAL.Component(ICAL.parse(text));
		expect(cal.getFirstPropertyValue('version')).toBe('2.0');
		expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
		const events = cal.getAllSubcomponents('vevent');
		expect(events).toHaveLength(dated.length);
		const ev = new ICAL.Event(events[0]!);
		expect(ev.startDate.toString()).toBe('2024-02-28');
		expect(ev.startDate.isDate).toBe(true);
		expect(ev.uid).toBeTruthy();
		expect(events[0]!.getFirstPropertyValue('dtstamp')).toBeTruthy();
		expect(String(events[0]!.getFirstPropertyValue('url'))).toMatch(/\/policies\/xiang-jiao-tong-2024-23\/3-p1\/$/);
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('the 市域产教联合体 checklist', () => {
	const path = '/apply/shiyu-chanjiao-lianheti/';

	it('lists applicants, the six conditions, the indicators, the form limits, the deadline and contacts, each linked to its clause', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}${path}`);
		const text = await page.locator('main').innerText();
		for (const words of ['产业园区', '高职院校', '龙头企业', '2024年2月28日', 'hnzcc908@163.com', '何俊艺', '不超过2000字', '不超过200字']) expect(text).toContain(words);
		for (const id of ['2-1', '2-2', '2-3', '2-4', '2-5', '2-6']) expect(await page.locator(`#conditions + ol a[href="/policies/xiang-jiao-tong-2024-23/${id}/"]`).count()).toBe(1);
		expect(await page.locator('a[href^="/policies/xiang-jiao-tong-2024-23/att2-"]').count()).toBeGreaterThanOrEqual(26);
		expect(await page.locator('a[href^="/policies/xiang-jiao-tong-2024-23/att3-"]').count()).toBeGreaterThanOrEqual(5);
		expect(errors).toEqual([]);
		await close(page);
	});

	it('prints to PDF without navigation, with link URLs, clause labels and nothing clipped', async () => {
		// The printable width of A4 with 15 mm margins, in CSS pixels.
		const mm = 96 / 25.4;
		const width = Math.floor((210 - 30) * mm);
		const height = Math.floor((297 - 30) * mm);
		const { page, errors } = await openPage(site.browser, `${site.url}${path}`, { width, height });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.breadcrumbs').isVisible()).toBe(false);
		const after = await page.locator('#conditions + ol a').first().evaluate((a) => getComputedStyle(a, '::after').content);
		expect(after).toBe('" (/policies/xiang-jiao-tong-2024-23/2-1/)"');
		expect(await page.locator('#conditions + ol a').first().textContent()).toMatch(/^二、1\./);
		const clipped = await page.evaluate(() =>
			[...document.querySelectorAll('body *')]
				.filter((el) => !el.matches('.visually-hidden') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
		);
		expect(clipped).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

		// Expected pages: the print layout's height over the printable page height, plus slack for the rows and
		// list items kept whole across page breaks.
		const contentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
		const expected = Math.ceil(contentHeight / height);
		const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }, printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
		expect(pages).toBeGreaterThanOrEqual(expected);
		expect(pages).toBeLessThanOrEqual(expected + 2);
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('print', () => {
	// The printable width of A4 with 15 mm margins, in CSS pixels.
	const width = Math.floor(((210 - 30) * 96) / 25.4);
	for (const path of ['/roles/higher-vocational/', '/units/edu-dept/', '/targets/', '/deadlines/', '/industries/', '/cities/', '/policies/xiang-jiao-tong-2024-23/2-1/', '/apply/shiyu-chanjiao-lianheti/', '/self-check/higher-vocational/', '/my/']) {
		it(`${path} prints on A4 without navigation and without clipped content`, async () => {
			const { page, errors } = await openPage(site.browser, `${site.url}${path}`, { width, height: 1000 });
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.site-header').isVisible()).toBe(false);
			const clipped = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((el) => !el.matches('.visually-hidden') && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
			);
			expect(clipped).toEqual([]);
			expect(errors).toEqual([]);
			await close(page);
		});
	}
});

describe('cities and industries', () => {
	it('shows a city’s core and key industries as in the table', async () => {
		const l = layout();
		const city = l.cities[0]!;
		const core = l.industries.filter((i) => i.ratings[city] === 3).map((i) => `/industries/${i.code.toLowerCase()}/`);
		const { page, errors } = await openPage(site.browser, `${site.url}/cities/${encodeURIComponent(city)}/`);
		expect(await page.locator('h1').textContent()).toContain(city);
		const firstList = await page.locator('main h2:has-text("核心产业") + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(firstList).toEqual(core);
		expect(errors).toEqual([]);
		await close(page);
	});

	it('shows the whole layout as an accessible table, and industry pages link back to cities', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/industries/`);
		const table = page.locator('table.layout-table');
		expect(await table.locator('caption').count()).toBe(1);
		expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(14);
		expect(await table.locator('tbody th[scope="row"]').count()).toBe(layout().industries.length);
		expect(await table.locator('td.rating-3 .visually-hidden').first().textContent()).toBe('核心产业');
		await table.locator('a[href="/industries/b2/"]').click();
		await page.waitForURL('**/industries/b2/');
		expect(await page.locator('main a[href^="/cities/"]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await close(page);
	});

	it('adds a 相关产业 block to clauses naming an industry or the 4×4 system', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/policies/xiang-jiao-tong-2024-23/2-1/`);
		const block = page.locator('section.related-industries');
		expect(await block.locator('a[href="/industries/c2/"]').count()).toBe(1);
		expect(await block.locator('a[href="/industries/"]').count()).toBe(1);
		await close(page);
		const plain = await openPage(site.browser, `${site.url}/policies/xiang-jiao-tong-2024-23/3-4/`);
		expect(await plain.page.locator('section.related-industries').count()).toBe(0);
		expect([...errors, ...plain.errors]).toEqual([]);
		await close(plain.page);
	});
});
