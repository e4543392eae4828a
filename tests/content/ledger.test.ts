import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { obligationsBinding } from '../../src/lib/corpus';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { cite } from '../../src/lib/citations/citation';
import { LEDGER_COLUMNS, LEDGER_INDEX_SHEET, NOT_STATED, ledgerUnitIds, responsibleText, sheetHeading, targetLine, unitLedger } from '../../src/lib/export/ledger';
import { ledgerDocx } from '../../src/lib/export/ledger-docx';
import { INDEX_COLUMNS, ledgerXlsx } from '../../src/lib/export/ledger-xlsx';
import { HEADER_ROW, readXlsx } from '../../src/lib/export/xlsx';
import { MODALITY_LABEL } from '../../src/lib/views/format';
import { readDocx } from './docx';

/**
 * Every unit's and role's 落实台账, written as .xlsx and .docx and read back (exceljs for the workbook, unzip + XML
 * for the Word file), checked row by row against the clause data — not against the code that made the rows.
 */
const root = join(import.meta.dirname, '../..');
const corpus = corpusFromDisk(root);
const SITE = 'https://xiangce.example.org/';
const BUILT = '2026-11-23';
const squash = (s: string) => s.replace(/\s+/g, '');
const byUrl = new Map(corpus.clauses.map((c) => [new URL(c.url, SITE).href, c]));

/** One data row of either file, as cell texts in LEDGER_COLUMNS order, checked against the clause it cites. */
function checkRow(cells: string[], unitId: string, docSlug: string): string[] {
	const problems: string[] = [];
	const col = (name: (typeof LEDGER_COLUMNS)[number]) => cells[LEDGER_COLUMNS.indexOf(name)] ?? '';
	const [citation, url] = col('依据条款').split('\n');
	const clause = byUrl.get(url ?? '');
	if (!clause) return [`no clause at ${url}`];
	if (clause.doc !== docSlug) problems.push(`${url} is not in ${docSlug}`);
	if (citation !== cite(corpus, clause, { site: SITE, accessed: BUILT }).official) problems.push(`${url}: citation ${citation}`);
	if (!squash(clause.text).includes(squash(col('原文')))) problems.push(`${url}: quote not in the clause text: ${col('原文')}`);
	const o = clause.data.obligations.find((x) => x.quote === col('原文') && col('任务').startsWith(x.action));
	if (col('约束程度') !== '—') {
		if (!o) problems.push(`${url}: no obligation with quote ${col('原文')}`);
		else if (col('约束程度') !== MODALITY_LABEL[o.modality]) problems.push(`${url}: modality ${col('约束程度')} ≠ ${o.modality}`);
	}
	if (o) {
		const direct = o.actors.includes(unitId);
		const scope = corpus.hierarchy.broader(unitId).find((id) => o.actors.includes(id));
		const responsible = clause.data.responsible.some((r) => corpus.hierarchy.appliesVia(unitId).includes(r.unit));
		if (!direct && !scope && !responsible) problems.push(`${url}: ${o.action} neither binds ${unitId} nor has it as 责任单位`);
		if (!direct && scope && !col('任务').includes(`面向全部${corpus.unit.get(scope)!.name}`)) problems.push(`${url}: ${o.action} reaches ${unitId} through ${scope} and must say so`);
	}
	if (col('牵头/配合') !== responsibleText(corpus, clause)) problems.push(`${url}: 牵头/配合 ${col('牵头/配合')}`);
	const targets = clause.data.targets.map(targetLine).join('\n') || '—';
	if (col('量化目标') !== targets) problems.push(`${url}: 量化目标 ${col('量化目标')}`);
	const limits = col('时限').split('\n');
	for (const d of clause.data.deadlines) if (!limits.some((l) => l.endsWith(`前：${d.what}`))) problems.push(`${url}: deadline ${d.date} missing`);
	if (!limits.length || (limits.includes(NOT_STATED) && (clause.data.deadlines.length || o?.period))) problems.push(`${url}: 时限 ${col('时限')}`);
	for (const c of ['进展', '责任处室', '备注'] as const) if (col(c) !== '') problems.push(`${url}: ${c} not empty`);
	return problems;
}

const ids = ledgerUnitIds(corpus);

describe('落实台账 for every unit and role', () => {
	it('exists for every unit or role that a clause applies to', () => {
		expect(ids.length).toBeGreaterThan(40);
		for (const id of ['edu-dept', 'hrss-dept', 'higher-vocational', 'secondary-vocational', 'technical-school', 'vocational-school', 'enterprise']) expect(ids).toContain(id);
	});

	it.each(ids)('%s: the .xlsx reads back with a 目录 and one sheet per document, every row true to the data', async (id) => {
		const ledger = unitLedger(corpus, id, SITE)!;
		const [index, ...sheets] = await readXlsx(ExcelJS, ledgerXlsx(ledger, BUILT));
		expect(sheets.map((s) => s.name)).toEqual(ledger.sheets.map((s) => s.doc.data.number));
		// The 目录 lists every document with its sheet and its number of tasks.
		expect(index!.name).toBe(LEDGER_INDEX_SHEET);
		expect(index!.rows[HEADER_ROW - 1]).toEqual([...INDEX_COLUMNS]);
		expect(index!.rows.slice(HEADER_ROW)).toEqual(ledger.sheets.map((s, i) => [String(i + 1), s.doc.data.title, s.doc.data.number, s.name, String(s.rows.length)]));
		const problems: string[] = [];
		sheets.forEach((s, i) => {
			const doc = ledger.sheets[i]!.doc;
			expect(s.rows[0]![0]).toContain(sheetHeading(doc));
			expect(s.rows[HEADER_ROW - 1]).toEqual([...LEDGER_COLUMNS]);
			const data = s.rows.slice(HEADER_ROW);
			expect(data.map((r) => r[0])).toEqual(data.map((_, n) => String(n + 1)));
			expect(data.length).toBe(ledger.sheets[i]!.rows.length);
			for (const r of data) problems.push(...checkRow(r, id, doc.slug));
		});
		expect(problems).toEqual([]);
	});

	it.each(ids)('%s: the .docx reads back as a 公文 table per document with the same rows', async (id) => {
		const ledger = unitLedger(corpus, id, SITE)!;
		const { blocks, landscape } = readDocx(ledgerDocx(ledger, BUILT));
		expect(landscape).toBe(true);
		expect(blocks[0]!.paragraph).toBe(`${ledger.unit.name}政策落实任务台账`);
		const tables = blocks.flatMap((b, i) => (b.table ? [{ heading: blocks[i - 1]?.paragraph ?? '', table: b.table, repeats: b.headerRepeats }] : []));
		expect(tables.map((t) => t.heading.replace(/^[一二三四五六七八九十]+、/, ''))).toEqual(ledger.sheets.map((s) => sheetHeading(s.doc)));
		const problems: string[] = [];
		tables.forEach((t, i) => {
			expect(t.repeats).toBe(true);
			expect(t.table[0]).toEqual([...LEDGER_COLUMNS]);
			expect(t.table.length - 1).toBe(ledger.sheets[i]!.rows.length);
			for (const r of t.table.slice(1)) problems.push(...checkRow(r, id, ledger.sheets[i]!.doc.slug));
		});
		expect(problems).toEqual([]);
	});

	it('lists every obligation that binds a unit, including those addressed to a broader role', () => {
		for (const id of ['higher-vocational', 'edu-dept', 'technician-college']) {
			const ledger = unitLedger(corpus, id, SITE)!;
			const keys = new Set(ledger.sheets.flatMap((s) => s.rows.map((r) => r.key)));
			const missing = obligationsBinding(corpus, id).filter((b) => !keys.has(`${b.clause.key}#o${b.clause.data.obligations.indexOf(b.obligation)}`));
			expect(missing.map((b) => b.clause.key)).toEqual([]);
		}
		// 职业院校 in general binds 高职院校: the rows say so.
		const hv = unitLedger(corpus, 'higher-vocational', SITE)!.sheets.flatMap((s) => s.rows);
		expect(hv.some((r) => r.task.endsWith('（面向全部职业院校）'))).toBe(true);
	});

	it('gives a 责任单位 the tasks of the clauses it answers for, once (the annex row is carried to its clause)', () => {
		const rows = unitLedger(corpus, 'edu-dept', SITE)!.sheets.flatMap((s) => s.rows);
		const sixth = rows.filter((r) => r.clause.key === 'xiang-zheng-ban-fa-2018-82/3-6');
		expect(sixth.length).toBe(corpus.clause.get('xiang-zheng-ban-fa-2018-82/3-6')!.data.obligations.length);
		expect(sixth.every((r) => r.responsible.startsWith('牵头：省教育厅'))).toBe(true);
		expect(rows.some((r) => r.clause.key === 'xiang-zheng-ban-fa-2018-82/att1-5')).toBe(false);
	});
});
