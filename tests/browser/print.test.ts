import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { LEDGER_COLUMNS, LEDGER_INDEX_SHEET, ledgerUnitIds, unitLedger } from '../../src/lib/export/ledger';
import { HEADER_ROW, readXlsx } from '../../src/lib/export/xlsx';
import { clausesApplying } from '../../src/lib/views/applies';
import { referencedParts } from '../../src/lib/views/print';
import { dist, openPage, pdfPages, root, useSite } from './harness';

/** Print bundles to A4 PDF without clipping, and the 落实台账 offered on every unit and role page. */
const site = useSite();
const corpus = corpusFromDisk(root);
const close = (page: Page) => page.context().close();

/** A4 less the bundle's side margins (15 mm each), in CSS pixels. */
const PRINTABLE_PX = ((210 - 30) / 25.4) * 96;

/** What a page shows, as clause heading ids (hidden ones left out). */
const shown = (page: Page) => page.locator('article.print-clause h3').evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).map((h) => h.id));

/** Elements sticking out of the printable width, or scrolling (a scrolled table would print clipped). */
const overflowing = (page: Page) =>
	page.evaluate((max) => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('main *')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0) continue;
			if (r.right > max + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} right ${Math.round(r.right)}`);
			if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`${el.tagName.toLowerCase()}.${el.className} scrolls ${el.scrollWidth}/${el.clientWidth}`);
		}
		return out.slice(0, 10);
	}, PRINTABLE_PX);

describe('print bundles', () => {
	// 省教育厅 (a body, many 82号 annex rows), 高职院校 (a role, via 职业院校), 市域产教联合体 (brings the 17-column 附件1).
	it.each(['edu-dept', 'higher-vocational', 'consortium'])('/print/%s/: one bundle per document, each opened on the unit shows exactly what applies and prints to A4 unclipped', async (id) => {
		const applying = clausesApplying(corpus, id).map((a) => a.clause);
		const docs = [...new Set(applying.map((c) => c.doc))];
		const { page, errors } = await openPage(site.browser, `${site.url}/print/${id}/`, { width: Math.floor(PRINTABLE_PX), height: 1000 });
		const links = await page.locator('ol.print-docs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(docs.map((d) => `/print/documents/${d}/#for-${id}`));
		for (const slug of docs) {
			const mine = applying.filter((c) => c.doc === slug);
			const parts = referencedParts(corpus, mine);
			if (id === 'consortium' && slug === 'xiang-jiao-tong-2024-23') expect(parts.map((c) => c.key)).toContain('xiang-jiao-tong-2024-23/att1');
			await page.emulateMedia({ media: 'screen' });
			await page.goto(`${site.url}/print/documents/${slug}/#for-${id}`);
			expect(await page.locator(`#for-${id}`).isVisible()).toBe(true);
			expect((await shown(page)).sort()).toEqual([...mine, ...parts].map((c) => `c-${c.doc}-${c.id}`).sort());
			// Each shown clause says why it applies to this unit, and only that.
			const lines = await page.locator('ul.applies li').evaluateAll((ls) => ls.filter((l) => l.getClientRects().length > 0).map((l) => l.textContent ?? ''));
			expect(lines.length).toBe(mine.length);
			expect(lines.every((l) => l.startsWith(`适用于${corpus.unit.get(id)!.name}：`))).toBe(true);

			await page.emulateMedia({ media: 'print' });
			// The document is a named page whose header carries its 发文字号.
			expect(await page.locator('section.print-doc').evaluate((s) => getComputedStyle(s).getPropertyValue('page'))).toBe('doc-0');
			const css = await page.locator('style').evaluateAll((ss) => ss.map((s) => s.textContent ?? '').join('\n'));
			expect(css).toContain(`content: "${corpus.doc.get(slug)!.data.number}"`);
			expect(await overflowing(page)).toEqual([]);
			const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
			expect(pdfPages(pdf)).toBeGreaterThan(0);
			// A4 portrait: 595 × 842 points.
			const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
			expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
		}
		expect(errors).toEqual([]);
		await close(page);
	});

	it('a document bundle opened on no unit holds the whole document, each clause with whom it applies to', async () => {
		const doc = corpus.doc.get('xiang-zheng-ban-fa-2018-82')!;
		const { page, errors } = await openPage(site.browser, `${site.url}/print/documents/${doc.slug}/`, { width: Math.floor(PRINTABLE_PX), height: 1000 });
		expect(await shown(page)).toEqual(doc.clauses.map((c) => `c-${c.doc}-${c.id}`));
		expect(await page.locator('h2.print-for').evaluateAll((hs) => hs.filter((h) => h.getClientRects().length > 0).length)).toBe(0);
		const eduLines = await page.locator('ul.applies li.u-edu-dept').count();
		expect(eduLines).toBe(clausesApplying(corpus, 'edu-dept').filter((a) => a.clause.doc === doc.slug).length);
		await page.emulateMedia({ media: 'print' });
		expect(await overflowing(page)).toEqual([]);
		expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBeGreaterThan(5);
		expect(errors).toEqual([]);
		await close(page);
	});
});

describe('落实台账 downloads', () => {
	const ids = ledgerUnitIds(corpus);
	it('every unit and role page offers its ledger in .xlsx and .docx and its print bundle, and the files are there', () => {
		const missing: string[] = [];
		for (const id of ids) {
			const unit = corpus.unit.get(id)!;
			const pages = [`units/${id}`, ...(unit.type === 'role' ? [`roles/${id}`] : [])];
			for (const p of pages) {
				const html = readFileSync(join(dist, p, 'index.html'), 'utf8');
				for (const href of [`/ledger/${id}.xlsx`, `/ledger/${id}.docx`, `/print/${id}/`]) if (!html.includes(`href="${href}"`)) missing.push(`${p} → ${href}`);
			}
			for (const f of [`ledger/${id}.xlsx`, `ledger/${id}.docx`, `print/${id}/index.html`]) if (!existsSync(join(dist, f))) missing.push(f);
			for (const d of new Set(clausesApplying(corpus, id).map((a) => a.clause.doc))) if (!existsSync(join(dist, 'print/documents', d, 'index.html'))) missing.push(`print/documents/${d}`);
		}
		const data = readFileSync(join(dist, 'data/index.html'), 'utf8');
		for (const id of ids) if (!data.includes(`href="/ledger/${id}.xlsx"`)) missing.push(`data → ${id}`);
		expect(missing).toEqual([]);
	});

	it('the school roles link their self-check', () => {
		for (const id of ['higher-vocational', 'secondary-vocational', 'technical-school']) expect(readFileSync(join(dist, 'roles', id, 'index.html'), 'utf8')).toContain(`href="/self-check/${id}/"`);
	});

	it('downloads from the unit page as a workbook with the unit’s rows', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/units/edu-dept/`, { acceptDownloads: true });
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/ledger/edu-dept.xlsx"]').click()]);
		const [index, ...sheets] = await readXlsx(ExcelJS, readFileSync(await download.path()));
		const ledger = unitLedger(corpus, 'edu-dept', 'https://xiangce.example.org/')!;
		expect(index!.name).toBe(LEDGER_INDEX_SHEET);
		expect(sheets.map((s) => [s.name, s.rows.length - HEADER_ROW])).toEqual(ledger.sheets.map((s) => [s.name, s.rows.length]));
		expect(sheets[0]!.rows[HEADER_ROW - 1]).toEqual([...LEDGER_COLUMNS]);
		expect(errors).toEqual([]);
		await close(page);
	});
});
