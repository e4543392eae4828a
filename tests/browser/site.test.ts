import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, root, useSite } from './harness';
import { squash, stripNoise } from '../../src/lib/content/noise';

const site = useSite();

const api = () => JSON.parse(readFileSync(join(root, 'dist/api/clauses.json'), 'utf8')) as { documents: { slug: string; url: string }[]; clauses: { doc: string; id: string; url: string; text: string }[] };

describe('navigation', () => {
	it('goes from the home page to a document, its outline, a clause and prev/next', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await page.getByRole('link', { name: '湘政函〔2023〕168号' }).first().click();
		await page.waitForURL('**/policies/xiang-zheng-han-2023-168/');
		expect(await page.locator('h1').textContent()).toContain('服务国家重要先进制造业高地建设');

		// The outline links to anchors on the same page.
		const outlineLink = page.locator('nav.outline a[href="#2-1-3"]');
		await outlineLink.click();
		expect(page.url()).toContain('#2-1-3');
		await expect.poll(() => page.locator('[id="2-1-3"]').isVisible()).toBe(true);

		// From the anchor to the permalink, then previous and next.
		await page.locator('[id="2-1-3"] header a').click();
		await page.waitForURL('**/policies/xiang-zheng-han-2023-168/2-1-3/');
		expect(await page.locator('h1').textContent()).toContain('探索“湖湘工匠”工程技术人才培养模式');
		await page.locator('a[rel="next"]').click();
		await page.waitForURL('**/2-1-4/');
		await page.locator('a[rel="prev"]').click();
		await page.waitForURL('**/2-1-3/');
		expect(errors).toEqual([]);
	});

	it('renders each clause page with its text verbatim from the source', async () => {
		const data = api();
		const sourceOf = (doc: string) => {
			const file = readFileSync(join(root, 'content/documents', `${doc}.yaml`), 'utf8').match(/sourceFile: (\S+)/)![1]!;
			return squash(stripNoise(readFileSync(join(root, 'sources', file), 'utf8')));
		};
		// One clause with text from each document.
		const picks = data.documents.map((d) => data.clauses.find((c) => c.doc === d.slug && c.text.length > 40)!).filter(Boolean);
		expect(picks.length).toBe(data.documents.length);
		for (const c of picks) {
			const { page, errors } = await openPage(site.browser, `${site.url}${c.url}`);
			const shown = squash((await page.locator('[data-clause-text]').innerText()).replace(/\t/g, ''));
			const source = sourceOf(c.doc);
			// Every sentence the page shows is in the source.
			for (const sentence of shown.split(/[。；]/).filter((s) => s.length > 4)) expect(source, `${c.url}: “${sentence}”`).toContain(sentence.replace(/\|/g, ''));
			expect(errors).toEqual([]);
			await page.context().close();
		}
	});
});

// Every page type is audited (console errors, sideways scroll, axe, headings) in a11y.test.ts.

describe('open data', () => {
	it('serves /api/clauses.json and /api/schema.json', async () => {
		const res = await fetch(`${site.url}/api/clauses.json`);
		expect(res.status).toBe(200);
		const data = (await res.json()) as { clauses: unknown[] };
		expect(data.clauses.length).toBeGreaterThan(100);
		const schema = (await (await fetch(`${site.url}/api/schema.json`)).json()) as { $schema: string };
		expect(schema.$schema).toContain('json-schema.org');
	});
});

describe('document page: every printed line that is not a clause', () => {
	it('shows 主送, 公开方式, the contact line and the attachment list with links', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/policies/xiang-ren-she-fa-2024-40/`);
		const meta = page.locator('dl.meta');
		expect(await meta.textContent()).toContain('各市州人力资源和社会保障局，各技工院校');
		expect(await meta.textContent()).toContain('(此件主动公开)');
		expect(await page.locator('[data-contact]').textContent()).toContain('联系单位：职业能力建设处 0731-84900461');
		await page.goto(`${site.url}/policies/xiang-jiao-tong-2024-23/`);
		const items = page.locator('ol.attachments li');
		expect(await items.count()).toBe(4);
		expect(await items.nth(2).locator('a').getAttribute('href')).toBe('/policies/xiang-jiao-tong-2024-23/att3/');
		await page.goto(`${site.url}/policies/xiang-zheng-han-2023-168/`);
		expect(await page.locator('ol.attachments').textContent()).toContain('仅存标题，正文原文未载');
		expect(errors).toEqual([]);
	});
});

