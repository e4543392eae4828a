import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rowsToEntries } from '../../src/lib/export/list-table';
import { readXlsx } from '../../src/lib/export/xlsx';
import { axeViolations, headingProblems, openPage, pdfPages, sidewaysScroll, useSite } from './harness';

/** 我的清单 end to end in Chromium: add, change status, reload, export, import the export, print; and without JavaScript. */
const site = useSite();
const CLAUSE = '/policies/xiang-zheng-han-2023-168/2-1-3/';
const DEADLINE_CLAUSE = '/policies/xiang-jiao-tong-2024-23/3-p1/';
const close = (page: Page) => page.context().close();
const button = (page: Page, key: string) => page.locator(`button[data-my-key="${key}"]`);
const entry = (page: Page, text: string) => page.locator('li.my-entry', { hasText: text });

async function downloadBytes(page: Page, label: string): Promise<{ bytes: Buffer; name: string }> {
	const [download] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()])) as [Download, void];
	const path = await download.path();
	return { bytes: readFileSync(path), name: download.suggestedFilename() };
}

describe('我的清单', () => {
	it('adds items from clause pages, keeps status, note and evidence across reloads, exports and imports them, prints', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}${CLAUSE}`, { acceptDownloads: true });
		// Add the clause itself and its first obligation; a second press on the target removes it again.
		await button(page, 'xiang-zheng-han-2023-168/2-1-3').click();
		await button(page, 'xiang-zheng-han-2023-168/2-1-3#o0').click();
		await button(page, 'xiang-zheng-han-2023-168/2-1-3#t0').click();
		await button(page, 'xiang-zheng-han-2023-168/2-1-3#t0').click();
		expect(await button(page, 'xiang-zheng-han-2023-168/2-1-3').getAttribute('aria-pressed')).toBe('true');
		expect(await button(page, 'xiang-zheng-han-2023-168/2-1-3#t0').getAttribute('aria-pressed')).toBe('false');
		expect(await page.locator('.my-toast').textContent()).toContain('清单共 2 项');
		await page.goto(`${site.url}${DEADLINE_CLAUSE}`);
		await button(page, 'xiang-jiao-tong-2024-23/3-p1#d0').click();

		await page.goto(`${site.url}/my/`);
		expect(await page.locator('[data-needs-js]').count()).toBe(0);
		expect(await page.locator('main').innerText()).toContain('不上传');
		expect(await page.locator('.my-group h2').allTextContents()).toEqual([expect.stringContaining('湘政函〔2023〕168号'), expect.stringContaining('湘教通〔2024〕23号')]);
		expect(await page.locator('li.my-entry').count()).toBe(3);
		const deadline = entry(page, '2024年2月28日前');
		await deadline.locator('select').selectOption('doing');
		const obligation = entry(page, await page.locator('li.my-entry').nth(1).locator('.entry-head a').innerText());
		await obligation.locator('input[type=checkbox]').check();
		await obligation.locator('summary').click();
		await obligation.locator('textarea').fill('已在处务会部署，\n下月验收');
		await obligation.locator('input[type=url]').fill('https://oa.example/docs/42');
		await obligation.locator('input[type=url]').blur();
		expect(await page.locator('.list-summary').textContent()).toBe('共 3 项：未开始 1、进行中 1、已完成 1');

		await page.reload();
		expect(await page.locator('.list-summary').textContent()).toBe('共 3 项：未开始 1、进行中 1、已完成 1');
		expect(await entry(page, '2024年2月28日前').locator('select').inputValue()).toBe('doing');
		const kept = page.locator('li.my-entry.is-done');
		expect(await kept.locator('textarea').inputValue()).toBe('已在处务会部署，\n下月验收');
		expect(await kept.locator('input[type=url]').inputValue()).toBe('https://oa.example/docs/42');

		// Export: the workbook and the CSV hold every entry with what was recorded.
		const xlsx = await downloadBytes(page, '导出 Excel');
		expect(xlsx.name).toBe('我的清单.xlsx');
		const sheets = await readXlsx(ExcelJS, xlsx.bytes);
		const fromXlsx = rowsToEntries(sheets[0]!.rows)!;
		expect(fromXlsx.entries.map((e) => [e.key, e.status])).toEqual([
			['xiang-zheng-han-2023-168/2-1-3', 'todo'],
			['xiang-zheng-han-2023-168/2-1-3#o0', 'done'],
			['xiang-jiao-tong-2024-23/3-p1#d0', 'doing'],
		]);
		expect(fromXlsx.entries[1]).toMatchObject({ note: '已在处务会部署，\n下月验收', evidence: 'https://oa.example/docs/42', url: '/policies/xiang-zheng-han-2023-168/2-1-3/' });
		expect(fromXlsx.entries[1]!.cite).toMatch(/^《.+》（湘政函〔2023〕168号）二（一）3$/);
		const csv = await downloadBytes(page, '导出 CSV');
		expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(rowsToEntries(parse(csv.bytes.toString('utf8'), { bom: true }))!.entries).toEqual(fromXlsx.entries);

		// Clear, then import the exported workbook (as a colleague would): everything is back.
		page.once('dialog', (d) => void d.accept());
		await page.getByRole('button', { name: '清空清单' }).click();
		expect(await page.locator('li.my-entry').count()).toBe(0);
		const dir = await import('node:os').then((os) => os.tmpdir());
		const file = join(dir, `xiangce-my-${process.pid}.xlsx`);
		await import('node:fs/promises').then((fs) => fs.writeFile(file, xlsx.bytes));
		await page.setInputFiles('.list-import input[type=file]', file);
		await page.locator('.list-status', { hasText: '已导入' }).waitFor();
		expect(await page.locator('.list-status').textContent()).toBe('已导入 3 项：新增 3 项，更新 0 项。');
		expect(await page.locator('.list-summary').textContent()).toBe('共 3 项：未开始 1、进行中 1、已完成 1');
		expect(await page.locator('li.my-entry.is-done textarea').inputValue()).toBe('已在处务会部署，\n下月验收');
		// Importing the CSV as well updates the same three entries rather than doubling them.
		const csvFile = join(dir, `xiangce-my-${process.pid}.csv`);
		await import('node:fs/promises').then((fs) => fs.writeFile(csvFile, csv.bytes));
		await page.setInputFiles('.list-import input[type=file]', csvFile);
		await page.locator('.list-status', { hasText: '更新 3 项' }).waitFor();
		expect(await page.locator('li.my-entry').count()).toBe(3);

		// Printable: controls give way to the recorded status.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.list-toolbar').isVisible()).toBe(false);
		expect(await page.locator('li.my-entry.is-done .entry-status-print').first().textContent()).toBe('状态：已完成');
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		expect(pdfPages(pdf)).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await close(page);
	});

	it('a filled list passes the accessibility gate, on a phone too', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}${CLAUSE}`, { bypassCSP: true, width: 360, height: 740, colorScheme: 'dark' });
		await button(page, 'xiang-zheng-han-2023-168/2-1-3#o0').click();
		await button(page, 'xiang-zheng-han-2023-168/2-1-3#t0').click();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(`${site.url}/my/`);
		await page.locator('li.my-entry summary').first().click();
		expect(await axeViolations(page)).toEqual([]);
		expect(await headingProblems(page)).toEqual([]);
		expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		await close(page);
	});

	it('reports a file that is not an exported list', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/my/`);
		const file = join(await import('node:os').then((os) => os.tmpdir()), `xiangce-not-a-list-${process.pid}.csv`);
		await import('node:fs/promises').then((fs) => fs.writeFile(file, '\ufeffa,b\n1,2\n'));
		await page.setInputFiles('.list-import input[type=file]', file);
		await page.locator('.list-status', { hasText: '不是从湘策导出的清单' }).waitFor();
		expect(errors).toEqual([]);
		await close(page);
	});

	it('without JavaScript: no buttons that cannot work, and /my/ says it needs JavaScript', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}${CLAUSE}`, { javaScriptEnabled: false });
		expect(await page.locator('button.my-add').count()).toBeGreaterThan(0);
		expect(await page.locator('button.my-add:visible').count()).toBe(0);
		expect(await page.locator('[data-clause-text]').innerText()).not.toBe('');
		await page.goto(`${site.url}/my/`);
		expect(await page.locator('[data-needs-js]').innerText()).toContain('需要启用 JavaScript');
		await page.goto(`${site.url}/apply/shiyu-chanjiao-lianheti/`);
		expect(await page.locator('[data-needs-js]').isVisible()).toBe(true);
		expect(await page.locator('.entry-controls').count()).toBe(0);
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('self-checks', () => {
	it('the 市域产教联合体 checklist ticks conditions and materials, shows what is missing, keeps it, exports', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/apply/shiyu-chanjiao-lianheti/`, { acceptDownloads: true });
		const items = page.locator('[data-check-item]');
		const total = await items.count();
		expect(total).toBeGreaterThan(10);
		expect(await page.locator('.list-summary').textContent()).toBe(`共 ${total} 项：未开始 ${total}；尚未完成 ${total} 项。`);
		await page.locator('#conditions ~ ol.checklist > li input[type=checkbox]').first().check();
		await page.locator('table.materials tbody tr').first().locator('input[type=checkbox]').check();
		await page.locator('table.materials tbody tr').nth(1).locator('select').selectOption('na');
		expect(await page.locator('.list-summary').textContent()).toBe(`共 ${total} 项：未开始 ${total - 3}、已完成 2、不适用 1；尚未完成 ${total - 3} 项。`);
		await page.getByLabel('只显示尚未完成的项').check();
		expect(await items.locator('visible=true').count()).toBe(total - 3);
		await page.reload();
		expect(await page.locator('.list-summary').textContent()).toContain('已完成 2、不适用 1');
		expect(await page.locator('li.is-done').count()).toBe(1);
		const xlsx = await downloadBytes(page, '导出 Excel');
		const back = rowsToEntries((await readXlsx(ExcelJS, xlsx.bytes))[0]!.rows)!;
		expect(back.entries.length).toBe(total);
		expect(back.entries.filter((e) => e.status === 'done').length).toBe(2);
		// 我的清单 points back to the self-check under way.
		await page.goto(`${site.url}/my/`);
		expect(await page.locator('a[href="/apply/shiyu-chanjiao-lianheti/"]').first().isVisible()).toBe(true);
		expect(await page.locator('main').innerText()).toContain('市域产教联合体申报清单：共');
		expect(errors).toEqual([]);
		await close(page);
	});

	it('a 高职院校 self-check holds what is addressed to 职业院校 in general, labelled so', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/roles/higher-vocational/`);
		await page.locator('a[href="/self-check/higher-vocational/"]').click();
		await page.waitForURL('**/self-check/higher-vocational/');
		expect(await page.locator('[data-check-item]', { hasText: '面向全部职业院校' }).count()).toBeGreaterThan(10);
		const first = page.locator('[data-check-item]').first();
		await first.locator('input[type=checkbox]').check();
		expect(await first.getAttribute('class')).toContain('is-done');
		expect(errors).toEqual([]);
		await close(page);
	});
});
