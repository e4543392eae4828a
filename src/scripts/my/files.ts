/**
 * Export a list to .xlsx or .csv and read such a file back. exceljs (about 250 KB compressed) and the CSV
 * libraries load only here, when a reader asks for a file.
 */
import { LIST_COLUMNS, LIST_WIDTHS, STATUSES, STATUS_LABEL, entriesToRows, rowsToEntries, type ListEntry, type ParsedList } from '../../lib/export/list-table';

function download(data: BlobPart, type: string, filename: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: filename });
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function exportXlsx(entries: ListEntry[], title: string, filename: string): Promise<void> {
	const [{ default: ExcelJS }, { writeXlsx }] = await Promise.all([import('exceljs'), import('../../lib/export/xlsx')]);
	const [, ...rows] = entriesToRows(entries, location.origin);
	const status = LIST_COLUMNS.indexOf('状态');
	const data = await writeXlsx(ExcelJS, {
		created: new Date(),
		sheets: [
			{
				name: title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31),
				title,
				note: `导出自湘策（${stamp()}）。可在“状态”“备注”“佐证链接”栏修改后，在湘策“我的清单”页导入；“编号”栏请勿改动。`,
				columns: LIST_COLUMNS.map((header) => ({ header, width: LIST_WIDTHS[header] })),
				rows: rows.map((r) => r.map((cell, i) => (i === 0 ? Number(cell) : cell))),
				lists: [{ column: status, values: STATUSES.map((s) => STATUS_LABEL[s]), strict: true }],
			},
		],
	});
	download(data as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${filename}.xlsx`);
}

export async function exportCsv(entries: ListEntry[], filename: string): Promise<void> {
	const { stringify } = await import('csv-stringify/browser/esm/sync');
	// A byte-order mark, or Excel reads the UTF-8 Chinese in the legacy code page.
	download(stringify(entriesToRows(entries, location.origin), { bom: true, record_delimiter: 'windows' }), 'text/csv;charset=utf-8', `${filename}.csv`);
}

/** Read an exported .xlsx or .csv; undefined when it is not one of ours (no 编号 and 状态 columns). */
export async function importFile(file: File): Promise<ParsedList | undefined> {
	if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
		const { parse } = await import('csv-parse/browser/esm/sync');
		return rowsToEntries(parse(await file.text(), { bom: true, relax_column_count: true }) as string[][]);
	}
	const [{ default: ExcelJS }, { readXlsx }] = await Promise.all([import('exceljs'), import('../../lib/export/xlsx')]);
	for (const sheet of await readXlsx(ExcelJS, await file.arrayBuffer())) {
		const parsed = rowsToEntries(sheet.rows);
		if (parsed) return parsed;
	}
	return undefined;
}
