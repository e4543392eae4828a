import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openPage, useSite } from './harness';

const site = useSite();

const CLAUSE = '/policies/xiang-ren-she-fa-2024-40/6/';
const OFFICIAL = '《深化产教融合促进技工教育高质量特色发展的若干措施》（湘人社发〔2024〕40号）第六条';

async function withClipboard(path: string): Promise<Page> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	return page;
}

describe('引用 control on a clause page', () => {
	it('copies the official form with visible and announced confirmation', async () => {
		const page = await withClipboard(CLAUSE);
		const cite = page.locator('details.cite').first();
		await cite.locator('summary').click();
		const form = cite.locator('.cite-form', { hasText: '公文引用' });
		await expect.poll(() => form.locator('.cite-text').textContent()).toBe(OFFICIAL);
		await form.getByRole('button', { name: '复制' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(OFFICIAL);
		await expect.poll(() => form.getByRole('button').textContent()).toBe('已复制');
		expect(await cite.getByRole('status').textContent()).toBe('已复制公文引用格式。');
		await page.context().close();
	});

	it('copies GB/T 7714 with today as the access date, Markdown and the bare permalink', async () => {
		const page = await withClipboard(CLAUSE);
		const cite = page.locator('details.cite').first();
		await cite.locator('summary').click();
		const today = await page.evaluate(() => {
			const d = new Date();
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		});
		const copied = async (label: string) => {
			await cite.locator('.cite-form', { hasText: label }).getByRole('button').click();
			return page.evaluate(() => navigator.clipboard.readText());
		};
		expect(await copied('GB/T 7714')).toBe(`湖南省人力资源和社会保障厅. 深化产教融合促进技工教育高质量特色发展的若干措施: 湘人社发〔2024〕40号[EB/OL]. (2024)[${today}]. https://xiangce.example.org/policies/xiang-ren-she-fa-2024-40/6/.`);
		expect(await copied('Markdown')).toBe(`[${OFFICIAL}](https://xiangce.example.org/policies/xiang-ren-she-fa-2024-40/6/)`);
		expect(await copied('固定链接')).toBe('https://xiangce.example.org/policies/xiang-ren-she-fa-2024-40/6/');
		await page.context().close();
	});

	it('falls back to selecting the text where the clipboard is not allowed', async () => {
		const context = await site.browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
		});
		const page = await context.newPage();
		await page.goto(`${site.url}${CLAUSE}`);
		const cite = page.locator('details.cite').first();
		await cite.locator('summary').click();
		await cite.locator('.cite-form', { hasText: '公文引用' }).getByRole('button').click();
		await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(OFFICIAL);
		expect(await cite.getByRole('status').textContent()).toContain('请按 Ctrl+C');
		await context.close();
	});

	it('works from the keyboard, with a visible focus', async () => {
		const page = await withClipboard(CLAUSE);
		const summary = page.locator('details.cite summary').first();
		await summary.focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('details.cite').first().getAttribute('open')).not.toBeNull();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
		expect(focused).toEqual({ text: '复制', outline: 'solid' });
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(OFFICIAL);
		await page.context().close();
	});

	it('shows the texts to select when JavaScript is off, without dead buttons', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}${CLAUSE}`);
		const cite = page.locator('details.cite').first();
		await cite.locator('summary').click();
		expect(await cite.locator('.cite-text').first().isVisible()).toBe(true);
		expect(await cite.locator('.cite-text').first().textContent()).toBe(OFFICIAL);
		expect(await cite.getByRole('button').count()).toBe(0);
		await context.close();
	});

	it('says where a title was supplied and where the source lost a number', async () => {
		const { page } = await openPage(site.browser, `${site.url}/policies/xiang-zheng-ban-fa-2018-82/4-15/`);
		await page.locator('details.cite summary').first().click();
		expect(await page.locator('.cite-notes').textContent()).toContain('标题“湖南省人民政府办公厅关于深化产教融合的实施意见”据公开发布记录补充');
		await page.goto(`${site.url}/policies/xiang-jiao-cai-2022-1/1/`);
		await page.locator('details.cite summary').first().click();
		expect(await page.locator('.cite-form', { hasText: '公文引用' }).locator('.cite-text').textContent()).toContain('第一部分（原文无编号）');
		await page.context().close();
	});

	it('stays within the JavaScript budget (≤ 5 KB gzip at load)', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		const scripts: Buffer[] = [];
		page.on('response', async (r) => {
			if (r.request().resourceType() === 'script') scripts.push(await r.body());
		});
		await page.goto(`${site.url}${CLAUSE}`, { waitUntil: 'networkidle' });
		const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
		const size = gzipSync(Buffer.concat([...scripts, Buffer.from(inline)])).length;
		console.log(`clause page JavaScript at load: ${size} bytes gzip`);
		expect(size).toBeLessThanOrEqual(5 * 1024);
		await context.close();
	});
});

describe('clause anchors on the document page', () => {
	it('links each clause heading to its anchor and copies the absolute anchor URL', async () => {
		const page = await withClipboard('/policies/xiang-zheng-han-2023-168/');
		const article = page.locator('[id="2-2-1"]');
		await article.locator('a.anchor-link').click();
		expect(new URL(page.url()).hash).toBe('#2-2-1');
		await article.getByRole('button', { name: /^复制链接/ }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('https://xiangce.example.org/policies/xiang-zheng-han-2023-168/#2-2-1');
		expect(await article.locator('.anchor').getByRole('status').textContent()).toBe('已复制本条在全文中的链接。');
		// Each clause on the document page has its own 引用 control too.
		await article.locator('details.cite summary').click();
		expect(await article.locator('.cite-form', { hasText: '公文引用' }).locator('.cite-text').textContent()).toBe('《关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案》（湘政函〔2023〕168号）二（二）1');
		await page.context().close();
	});
});

describe('cross-references', () => {
	it('links an explicit reference in the clause text to the document it names', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/policies/xiang-jiao-tong-2024-23/preamble/`);
		await page.locator('[data-clause-text] a', { hasText: '《关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案》' }).click();
		await page.waitForURL('**/policies/xiang-zheng-han-2023-168/2-2-1/');
		// …where the citing clause is listed under 被引用, with its relation.
		const citedBy = page.locator('section.cited-by');
		expect(await citedBy.textContent()).toContain('湘教通〔2024〕23号');
		expect(await citedBy.textContent()).toContain('贯彻落实');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows related clauses in other documents with the reason', async () => {
		const { page } = await openPage(site.browser, `${site.url}${CLAUSE}`);
		const item = page.locator('section.related li', { hasText: '湘政办发〔2018〕82号 4、' });
		expect(await item.locator('.reason').allTextContents()).toEqual(['本条重申该条', '文字相近', '同一主题：专业设置']);
		await page.context().close();
	});

	it('lists every citing clause on an external document page', async () => {
		const { page } = await openPage(site.browser, `${site.url}/external/modern-vet-system-reform/`);
		expect(await page.locator('section.cited-by li').count()).toBe(2);
		await page.context().close();
	});

	it('draws the document relations as an SVG whose boxes are keyboard-reachable links', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/relations/`);
		const nodes = page.locator('.relations-graph svg a');
		expect(await nodes.count()).toBeGreaterThanOrEqual(13);
		await nodes.first().focus();
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/policies/xiang-zheng-ban-fa-2018-82/');
		expect(await page.locator('.relations-graph .edge-implements').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('small screens', () => {
	for (const path of ['/relations/', CLAUSE, '/policies/xiang-jiao-tong-2024-23/']) {
		it(`${path} has no horizontal scroll at 360×740 in dark mode, with the 引用 panels open`, async () => {
			const { page, errors } = await openPage(site.browser, `${site.url}${path}`, { width: 360, height: 740, colorScheme: 'dark' });
			for (const d of await page.locator('details.cite').all()) await d.evaluate((el) => el.setAttribute('open', ''));
			expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
			expect(errors).toEqual([]);
			await page.context().close();
		});
	}
});

describe('accessibility of the new parts (axe-core, every impact)', () => {
	const cases: [string, string[]][] = [
		[CLAUSE, ['details.cite', 'section.cited-by', 'section.related']],
		['/policies/xiang-zheng-han-2023-168/', ['.anchor', 'details.cite', 'section.cited-by']],
		['/relations/', ['main']],
	];
	for (const [path, include] of cases) {
		it(`${path}: ${include.join(', ')}`, async () => {
			const { page } = await openPage(site.browser, `${site.url}${path}`, { bypassCSP: true });
			for (const d of await page.locator('details.cite').all()) await d.evaluate((el) => el.setAttribute('open', ''));
			expect(await axeViolations(page, { include, impacts: ['minor', 'moderate', 'serious', 'critical'] })).toEqual([]);
			await page.context().close();
		});
	}
});
