import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, openPage, root, useSite } from './harness';
import { redirectHtml, redirects, type PermalinkManifest } from '../../src/lib/citations/permalinks';

const site = useSite();

const manifest = JSON.parse(readFileSync(join(root, 'permalinks.json'), 'utf8')) as PermalinkManifest;
const live = manifest.pages.filter((p) => !(p in manifest.moved));

describe('permalinks in the built site', () => {
	it('serves every URL in permalinks.json', () => {
		const missing = live.filter((p) => !existsSync(join(dist, p.endsWith('/') ? `${p}index.html` : p)));
		expect(missing).toEqual([]);
	});

	it('has a redirect page at every moved URL', () => {
		for (const { from, to } of redirects(manifest, live)) {
			expect(readFileSync(join(dist, from, 'index.html'), 'utf8')).toContain(`url=${to}`);
		}
	});

	it('sends a reader on from a moved URL to its new home (fixture: a clause that changed its id)', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/`);
		// The redirect page the build would write for the fixture move /policies/…/old-id/ → 第15条.
		await page.route('**/policies/xiang-zheng-ban-fa-2018-82/old-id/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: redirectHtml('/policies/xiang-zheng-ban-fa-2018-82/4-15/', site.url) }));
		await page.goto(`${site.url}/policies/xiang-zheng-ban-fa-2018-82/old-id/`);
		await page.waitForURL('**/policies/xiang-zheng-ban-fa-2018-82/4-15/');
		expect(await page.locator('h1').textContent()).toContain('完善产教融合师资队伍建设机制');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('leaves a plain link and the canonical URL for readers and crawlers that do not follow the refresh', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.setContent(redirectHtml('/policies/xiang-zheng-ban-fa-2018-82/4-15/', 'https://xiangce.example.org'));
		expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe('https://xiangce.example.org/policies/xiang-zheng-ban-fa-2018-82/4-15/');
		expect(await page.getByRole('link').getAttribute('href')).toBe('/policies/xiang-zheng-ban-fa-2018-82/4-15/');
		await context.close();
	});
});
