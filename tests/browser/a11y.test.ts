import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, root, serveDist } from './harness';

/** One page of each type; views added later join this list. */
export const PAGE_TYPES = [
	'/',
	'/policies/',
	'/policies/xiang-zheng-han-2023-168/',
	'/policies/xiang-zheng-han-2023-168/2-1-3/',
	'/policies/xiang-jiao-cai-2022-1/1/',
	'/policies/xiang-jiao-tong-2024-23/att1/',
	'/policies/xiang-zheng-ban-fa-2018-82/att1-3/',
	'/units/',
	'/units/edu-dept/',
	'/topics/',
	'/topics/apprenticeship/',
	'/external/vocational-education-law/',
	'/data/',
];

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
beforeAll(async () => {
	site = await serveDist();
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

async function open(path: string, opts: { width: number; height: number; colorScheme: 'light' | 'dark' }): Promise<Page> {
	// axe is injected as a script, which the site's CSP rightly forbids; bypass it for the audit only.
	const context = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, colorScheme: opts.colorScheme, bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

async function axe(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const result = (await page.evaluate(() => (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] }))) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
	return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe.each([
	{ name: 'desktop light', width: 1280, height: 900, colorScheme: 'light' as const },
	{ name: 'mobile dark', width: 360, height: 740, colorScheme: 'dark' as const },
])('accessibility ($name)', (view) => {
	for (const path of PAGE_TYPES) {
		it(`${path}: no serious or critical axe violations, headings in order`, async () => {
			const page = await open(path, view);
			expect(await axe(page)).toEqual([]);
			const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
			expect(levels[0]).toBe(1);
			expect(levels.filter((l) => l === 1)).toHaveLength(1);
			for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading h${levels[i]} after h${levels[i - 1]}`).toBeLessThanOrEqual(1);
			await page.context().close();
		});
	}
});

describe('keyboard', () => {
	it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
		const page = await open('/policies/xiang-zheng-han-2023-168/2-1-3/', { width: 1280, height: 900, colorScheme: 'light' });
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
		const page = await open('/policies/', { width: 1280, height: 900, colorScheme: 'light' });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.context().close();
	});
	it('the site UI is in Chinese with lang set', async () => {
		const page = await open('/', { width: 1280, height: 900, colorScheme: 'light' });
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.locator('a.skip-link').textContent()).toBe('跳到正文');
		await page.context().close();
	});
});
