import { describe, expect, it } from 'vitest';
import { axeViolations, headingProblems, openPage, sidewaysScroll, useSite } from './harness';

/** A path nothing lives at: the 404 page. */
const NOT_FOUND = '/policies/xiang-zheng-ban-fa-2018-82/4-99/';

/** One page of every type the site publishes. */
export const PAGE_TYPES = [
	'/',
	'/policies/',
	'/policies/xiang-zheng-han-2023-168/',
	'/policies/xiang-zheng-han-2023-168/2-1-3/',
	'/policies/xiang-jiao-cai-2022-1/1/',
	'/policies/xiang-jiao-tong-2024-23/att1/',
	'/policies/xiang-jiao-tong-2024-23/2-1/',
	'/policies/xiang-zheng-ban-fa-2018-82/att1-3/',
	'/units/',
	'/units/edu-dept/',
	'/units/higher-vocational/',
	'/roles/',
	'/roles/higher-vocational/',
	'/topics/',
	'/topics/apprenticeship/',
	'/targets/',
	'/deadlines/',
	'/apply/shiyu-chanjiao-lianheti/',
	'/self-check/higher-vocational/',
	'/print/edu-dept/',
	'/print/documents/xiang-zheng-han-2023-168/',
	'/print/documents/xiang-zheng-ban-fa-2018-82/#for-edu-dept',
	'/my/',
	'/cities/',
	`/cities/${encodeURIComponent('湘西自治州')}/`,
	'/industries/',
	'/industries/a1/',
	'/relations/',
	'/external/vocational-education-law/',
	'/data/',
	'/id/',
	NOT_FOUND,
	'/search/',
	'/search/?q=%E7%8E%B0%E5%9C%BA%E5%B7%A5%E7%A8%8B%E5%B8%88',
];

const site = useSite();

describe.each([
	{ name: 'desktop light', width: 1280, height: 900, colorScheme: 'light' as const },
	{ name: 'mobile dark', width: 360, height: 740, colorScheme: 'dark' as const },
])('accessibility ($name)', (view) => {
	for (const path of PAGE_TYPES) {
		it(`${decodeURIComponent(path)}: no serious or critical axe violations, headings in order, no sideways scroll, no console errors`, async () => {
			const { page, errors } = await openPage(site.browser, `${site.url}${path}`, { ...view, bypassCSP: true });
			expect(await axeViolations(page)).toEqual([]);
			expect(await headingProblems(page)).toEqual([]);
			expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
			// The 404 page is served with status 404 on purpose (the response, and Chromium's console line about it).
			const expected404 = (e: string) => path === NOT_FOUND && (e === `404 ${site.url}${path}` || e.startsWith('Failed to load resource: the server responded with a status of 404'));
			expect(errors.filter((e) => !expected404(e))).toEqual([]);
			await page.context().close();
		});
	}
});

describe('keyboard', () => {
	it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-han-2023-168/2-1-3/`);
		await page.keyboard.press('Tab');
		const skip = page.locator('a.skip-link');
		expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
		const box = await skip.boundingBox();
		expect(box && box.x >= 0 && box.width > 0).toBe(true);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.context().close();
	});
	it('focused links show a visible outline', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/`);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await page.context().close();
	});
	it('the site UI is in Chinese with lang set', async () => {
		const { page } = await openPage(site.browser, `${site.url}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('a.skip-link').textContent()).toBe('跳到正文');
		await page.context().close();
	});
});
