import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { LIST_COLUMNS, entriesToRows, groupEntries, mergeEntries, parseKey, rowsToEntries, statusSummary, type ListEntry } from '../../src/lib/export/list-table';
import { clauseItem, deadlineItem, obligationItem, targetItem } from '../../src/lib/views/list-items';
import { readXlsx, writeXlsx } from '../../src/lib/export/xlsx';
import { viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const B1 = corpus.clause.get('xiang-test-2023-2/1')!;
const A = corpus.clause.get('xiang-test-2024-1/3-p1')!;
const entry = (item: ReturnType<typeof clauseItem>, extra: Partial<ListEntry> = {}): ListEntry => ({ ...item, status: 'todo', note: '', evidence: '', added: '2026-11-20', ...extra });

const entries: ListEntry[] = [
	entry(obligationItem(corpus, B1, 1), { status: 'doing', note: '已部署，\n待验收', evidence: 'https://oa.example/x?a=1,2' }),
	entry(deadlineItem(corpus, A, 0), { status: 'done' }),
	entry(targetItem(corpus, B1, 0), { status: 'na', note: '"不涉及"' }),
	entry(clauseItem(corpus, B1)),
];

describe('list items', () => {
	it('carry stable keys, the citation, and the words they come from', () => {
		expect(entries.map((e) => e.key)).toEqual(['xiang-test-2023-2/1#o1', 'xiang-test-2024-1/3-p1#d0', 'xiang-test-2023-2/1#t0', 'xiang-test-2023-2/1']);
		expect(entries[0]).toMatchObject({ kind: 'obligation', text: '必须落实', modality: '必须', quote: '必须落实', number: '湘测〔2023〕1号', url: '/policies/xiang-test-2023-2/1/' });
		expect(entries[1]!.text).toBe('2024年2月28日前：报送推荐书');
		expect(entries[2]!.text).toBe('实训基地：20个左右');
		expect(entries[0]!.cite).toMatch(/^《测试文件1》（湘测〔2023〕1号）/);
	});
	it('are grouped by document in the order first added, and summed up by status', () => {
		expect(groupEntries(entries).map((g) => [g.number, g.entries.length])).toEqual([['湘测〔2023〕1号', 3], ['湘测〔2024〕2号', 1]]);
		expect(statusSummary(entries)).toBe('共 4 项：未开始 1、进行中 1、已完成 1、不适用 1');
		expect(statusSummary([])).toBe('共 0 项');
	});
});

describe('list export and import', () => {
	it('round-trips through the table, grouped by document', () => {
		const rows = entriesToRows(entries, 'https://x.example');
		expect(rows[0]).toEqual([...LIST_COLUMNS]);
		expect(rows[1]![LIST_COLUMNS.indexOf('条款链接')]).toBe('https://x.example/policies/xiang-test-2023-2/1/');
		const back = rowsToEntries(rows)!;
		expect(back.skipped).toEqual([]);
		expect(back.entries).toEqual(groupEntries(entries).flatMap((g) => g.entries));
	});
	it('round-trips through CSV (BOM, CRLF, commas, quotes and line breaks in notes)', () => {
		const csv = stringify(entriesToRows(entries, 'https://x.example'), { bom: true, record_delimiter: 'windows' });
		expect(csv.startsWith('\ufeff')).toBe(true);
		expect(rowsToEntries(parse(csv, { bom: true }))!.entries.map((e) => [e.key, e.status, e.note, e.evidence])).toEqual(groupEntries(entries).flatMap((g) => g.entries).map((e) => [e.key, e.status, e.note, e.evidence]));
	});
	it('round-trips through .xlsx written and read by the same code the browser runs', async () => {
		const [header, ...rows] = entriesToRows(entries, 'https://x.example');
		const bytes = await writeXlsx(ExcelJS, { created: new Date('2026-11-23'), sheets: [{ name: '我的清单', title: '我的清单', note: '说明', columns: header!.map((h) => ({ header: h, width: 10 })), rows: rows.map((r) => r.map((c, i) => (i === 0 ? Number(c) : c))) }] });
		const [sheet] = await readXlsx(ExcelJS, bytes);
		expect(sheet!.rows[0]![0]).toBe('我的清单');
		expect(rowsToEntries(sheet!.rows)!.entries).toEqual(groupEntries(entries).flatMap((g) => g.entries));
	});
	it('maps columns by name, tolerates edits, and reports rows it cannot read', () => {
		const rows = entriesToRows(entries.slice(0, 2), 'https://x.example');
		const cols = [...rows[0]!].reverse();
		const reordered = [['标题行'], cols, ...rows.slice(1).map((r) => [...r].reverse()), Array(cols.length).fill(''), cols.map((c) => (c === '编号' ? '乱写的' : c === '状态' ? '已完成' : ''))];
		reordered[2]![cols.indexOf('状态')] = '搞定了';
		const back = rowsToEntries(reordered)!;
		expect(back.entries.map((e) => [e.key, e.status])).toEqual([['xiang-test-2023-2/1#o1', 'todo'], ['xiang-test-2024-1/3-p1#d0', 'done']]);
		expect(back.skipped).toEqual([6]);
		expect(rowsToEntries([['a', 'b']])).toBeUndefined();
	});
	it('merges an import: same key replaced, new keys appended', () => {
		const imported = [{ ...entries[0]!, status: 'done' as const }, entry(obligationItem(corpus, B1, 0))];
		const r = mergeEntries(entries.slice(0, 2), imported);
		expect([r.added, r.updated]).toEqual([1, 1]);
		expect(r.entries.map((e) => [e.key, e.status])).toEqual([['xiang-test-2023-2/1#o1', 'done'], ['xiang-test-2024-1/3-p1#d0', 'done'], ['xiang-test-2023-2/1#o0', 'todo']]);
	});
	it('reads keys', () => {
		expect(parseKey('xiang-zheng-han-2023-168/2-1-3#o0')).toEqual({ doc: 'xiang-zheng-han-2023-168', clause: '2-1-3' });
		expect(parseKey('xiang-zheng-han-2023-168/att1')).toEqual({ doc: 'xiang-zheng-han-2023-168', clause: 'att1' });
		expect(parseKey('<script>')).toBeUndefined();
	});
});
