import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { axeViolations, openPage, useSite } from './harness';

const site = useSite();
const D82 = '/policies/xiang-zheng-ban-fa-2018-82/';

/** The build date the banner states (截至本页生成之日（2026年12月1日）), as ISO. */
function statedDay(text: string): string {
	const m = text.match(/生成之日（(\d{4})年(\d{1,2})月(\d{1,2})日）/)!;
	return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

describe('currency banner', () => {
	it('on a document page: 原文未载 with where to check, and the planning period judged against the build date', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}${D82}`);
		const banner = page.locator('section.currency');
		expect(await banner.locator('.currency-status').textContent()).toContain('效力状态：原文未载，请核对发文机关最新公布');
		const planning = banner.locator('[data-planning]');
		const text = (await planning.textContent())!;
		expect(text).toContain('“到2025年”');
		const passed = statedDay(text) > '2025-12-31';
		expect(await planning.getAttribute('data-planning')).toBe(passed ? 'passed' : 'open');
		if (passed) expect(text).toContain('规划期已过不等于文件失效');
		await planning.getByRole('link').click();
		await page.waitForURL(`**${D82}1-1/`);
		expect(errors).toEqual([]);
		await page.context().close();
	});
	it('on a clause page, without JavaScript: the document’s status applies, said so', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/policies/xiang-zheng-han-2023-168/2-1-3/`);
		const banner = page.locator('section.currency');
		expect(await banner.isVisible()).toBe(true);
		expect(await banner.textContent()).toContain('本条适用所属文件的效力状态');
		expect(await banner.textContent()).toContain('“用 3年左右时间”');
		await context.close();
	});
	it('carries Legislation JSON-LD that the CSP leaves alone', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-han-2023-168/2-1-3/`);
		const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '湘政函〔2023〕168号 二（一）3', isPartOf: { legislationIdentifier: '湘政函〔2023〕168号' } });
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('implementation chain and change log', () => {
	it('the 实施方案 shows what it implements and what implements it, with the words', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-han-2023-168/`);
		const chains = page.locator('section.chains');
		expect(await chains.locator('a[href="/external/modern-vet-system-reform/"]').count()).toBe(1);
		const down = chains.locator('li', { has: page.locator('a[href="/policies/xiang-jiao-tong-2024-23/"]') });
		expect(await down.textContent()).toContain('认真落实教育部与省政府');
		const log = page.locator('section.changes');
		expect(await log.locator('li').count()).toBeGreaterThan(0);
		expect(await log.locator('a[type="application/atom+xml"]').getAttribute('href')).toBe('/policies/xiang-zheng-han-2023-168/feed.xml');
		await page.context().close();
	});
	it('the feeds are served and parse as Atom', async () => {
		for (const path of ['/feed.xml', '/policies/xiang-zheng-han-2023-168/feed.xml']) {
			const res = await fetch(`${site.url}${path}`);
			expect(res.status).toBe(200);
			const feed = parseFeed(await res.text());
			expect(feed.meta.type).toBe('atom');
			expect(feed.items.length).toBeGreaterThan(0);
		}
	});
	it('/policies/ filters by status', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/`);
		const form = page.locator('form[data-table-filter="documents-table"]');
		await form.locator('select[name="status"]').selectOption('未知');
		expect(await page.locator('#documents-table tbody tr:not([hidden])').count()).toBe(5);
		expect(await page.locator('#documents-table th', { hasText: '效力状态' }).count()).toBe(1);
		await page.context().close();
	});
});

describe('/id/ links', () => {
	it('static redirect pages cover the bracket forms, even without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const [path, to] of [
			['/id/湘政办发[2018]82号/', D82],
			['/id/湘政办发（2018）82号/', D82],
			['/id/湘政办发〔2018〕82号/第15条/', `${D82}4-15/`],
			['/id/湘政函〔2023〕168号/二（一）3/', '/policies/xiang-zheng-han-2023-168/2-1-3/'],
		]) {
			await page.goto(`${site.url}${encodeURI(path!)}`);
			await page.waitForURL(`**${to}`);
		}
		await context.close();
	});
	it('the 404 page resolves every other way of writing it', async () => {
		for (const [path, to] of [
			['/id/湘政办发〔2018〕82 号/', D82],
			['/id/82号文/', D82],
			['/id/82号文/第十五条', `${D82}4-15/`],
			['/id/湘政办发〔2018〕82号第15条', `${D82}4-15/`],
			['/id/湘政办发(2018)82号/4-15/', `${D82}4-15/`],
			['/id/湘教通〔2024〕23号/附件2 1.1/', '/policies/xiang-jiao-tong-2024-23/att2-1-1/'],
		]) {
			const { page } = await openPage(site.browser, `${site.url}${encodeURI(path!)}`);
			await page.waitForURL(`**${to}`);
			await page.context().close();
		}
	});
	it('lists the candidates when a place fits more than one clause, and goes nowhere', async () => {
		const { page } = await openPage(site.browser, `${site.url}${encodeURI('/id/82号/15/')}`);
		const help = page.locator('[data-resolver]');
		await expect.poll(() => help.locator('li').count()).toBe(3);
		expect(await help.getByRole('status').textContent()).toContain('湘政办发〔2018〕82号');
		expect(await help.locator('a').first().getAttribute('href')).toBe(`${D82}4-15/`);
		expect(new URL(page.url()).pathname).toBe(encodeURI('/id/82号/15/'));
		await page.context().close();
	});
});

describe('404 page', () => {
	it('answers 404, says which path, offers the closest pages and a working search box', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-ban-fa-2018-82/4-99/`);
		const res = await fetch(`${site.url}/policies/xiang-zheng-ban-fa-2018-82/4-99/`);
		expect(res.status).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('页面不存在');
		await expect.poll(() => page.locator('[data-not-found-path] code').textContent()).toBe('/policies/xiang-zheng-ban-fa-2018-82/4-99/');
		const first = page.locator('[data-suggestions] a').first();
		await expect.poll(() => first.getAttribute('href')).toBe(D82);
		await page.locator('#not-found-q').fill('产教融合型企业');
		await page.locator('main form[role="search"] button').click();
		await page.waitForURL('**/search/?q=*');
		await page.context().close();
	});
	it('puts the words of a Chinese path in the search box', async () => {
		const { page } = await openPage(site.browser, `${site.url}${encodeURI('/政策/现场工程师/')}`);
		await expect.poll(() => page.locator('#not-found-q').inputValue()).toBe('政策 现场工程师');
		await page.context().close();
	});
	it('works without JavaScript: the message, the search form and the documents', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/no-such-page/`);
		expect(await page.locator('h1').textContent()).toBe('页面不存在');
		expect(await page.locator('main form[role="search"]').isVisible()).toBe(true);
		expect(await page.locator('main a[href="/policies/xiang-zheng-ban-fa-2018-82/"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-resolver]').isVisible()).toBe(false);
		await context.close();
	});
	it('has no serious accessibility violations once suggestions are shown', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-ban-fa-2018-82/4-99/`, { bypassCSP: true });
		await expect.poll(() => page.locator('[data-suggestions] li').count()).toBeGreaterThan(0);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
