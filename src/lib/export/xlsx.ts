import type * as ExcelJSModule from 'exceljs';

/**
 * Tables to .xlsx and back with exceljs, one layout for every workbook the site makes: the 落实台账 at build time
 * and 我的清单 / 自查清单 in the browser. The caller passes the exceljs module, so the browser imports it only when
 * a reader asks for a file (it is large) and the build imports it once.
 *
 * Layout: row 1 the title, row 2 a note (both across the table), row 3 the header — frozen and repeated on every
 * printed page — then the rows. A4 landscape, fitted to the page width. Wrapped text, top-aligned, thin borders.
 */

export type ExcelJS = typeof ExcelJSModule;

export type XlsxCell = string | number | { text: string; hyperlink: string };

export interface XlsxSheet {
	name: string;
	title: string;
	note?: string;
	columns: { header: string; width: number }[];
	rows: XlsxCell[][];
	/** Dropdown lists on a column (`strict`: only these values; otherwise a suggestion, free text allowed). */
	lists?: { column: number; values: string[]; strict?: boolean }[];
}

export interface XlsxBook {
	sheets: XlsxSheet[];
	/** Stamped as the workbook's creation date, so a build is reproducible. */
	created: Date;
}

/** The header row's number (1-based): title and note come first. */
export const HEADER_ROW = 3;

const FONT = '宋体';
const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };
/* Body cells take their style from the column, set once: styling thousands of cells one by one is what made it slow. */
const BODY: Partial<ExcelJSModule.Style> = { font: { name: FONT, size: 10 }, alignment: { wrapText: true, vertical: 'top' }, border };
const LINK_FONT = { name: FONT, size: 10, color: { argb: 'FF0B57A4' }, underline: true };

export async function writeXlsx(excel: ExcelJS, book: XlsxBook): Promise<Uint8Array<ArrayBuffer>> {
	const wb = new excel.Workbook();
	wb.creator = '湘策';
	wb.created = book.created;
	wb.modified = book.created;
	for (const s of book.sheets) {
		const ws = wb.addWorksheet(s.name, {
			pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
			headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
			views: [{ state: 'frozen', ySplit: HEADER_ROW }],
		});
		ws.columns = s.columns.map((c) => ({ width: c.width, style: BODY }));
		const last = s.columns.length;
		const title = ws.getRow(1);
		title.getCell(1).value = s.title;
		title.getCell(1).font = { name: FONT, size: 14, bold: true };
		title.height = 24;
		ws.mergeCells(1, 1, 1, last);
		if (s.note) {
			ws.getRow(2).getCell(1).value = s.note;
			ws.getRow(2).getCell(1).font = { name: FONT, size: 9, color: { argb: 'FF555555' } };
			ws.getRow(2).getCell(1).alignment = { wrapText: true, vertical: 'top' };
			ws.getRow(2).getCell(1).border = {};
			ws.getRow(2).height = 30;
			ws.mergeCells(2, 1, 2, last);
		}
		const header = ws.getRow(HEADER_ROW);
		s.columns.forEach((c, i) => {
			const cell = header.getCell(i + 1);
			cell.value = c.header;
			cell.font = { name: FONT, size: 10, bold: true };
			cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
			cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
			cell.border = border;
		});
		s.rows.forEach((row, r) => {
			const xr = ws.getRow(HEADER_ROW + 1 + r);
			for (let i = 0; i < last; i++) {
				const cell = xr.getCell(i + 1);
				const v = row[i] ?? '';
				if (typeof v === 'object') {
					cell.value = { text: v.text, hyperlink: v.hyperlink };
					cell.font = LINK_FONT;
				} else cell.value = v;
			}
			for (const l of s.lists ?? []) {
				xr.getCell(l.column + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${l.values.join(',')}"`], showErrorMessage: Boolean(l.strict), errorTitle: '请选择', error: `可选：${l.values.join('、')}` };
			}
		});
	}
	return Uint8Array.from(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** Every sheet as rows of cell texts (hyperlinks read as their text), from row 1. */
export async function readXlsx(excel: ExcelJS, data: ArrayBuffer | Uint8Array): Promise<{ name: string; rows: string[][] }[]> {
	const wb = new excel.Workbook();
	// exceljs types its input as a Node Buffer; in the browser an ArrayBuffer is what it takes.
	await wb.xlsx.load(data as unknown as ArrayBuffer);
	return wb.worksheets.map((ws) => {
		const rows: string[][] = [];
		ws.eachRow({ includeEmpty: true }, (row, n) => {
			const cells: string[] = [];
			for (let i = 1; i <= ws.columnCount; i++) cells.push(cellText(row.getCell(i).value));
			rows[n - 1] = cells;
		});
		return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) };
	});
}

/** A cell's value as the text a reader sees (exceljs' `cell.text` drops line breaks of rich text). */
function cellText(v: ExcelJSModule.CellValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if ('richText' in v) return v.richText.map((t) => t.text).join('');
	if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellText(v.text as ExcelJSModule.CellValue);
	if ('result' in v) return v.result === undefined ? '' : cellText(v.result as ExcelJSModule.CellValue);
	if ('error' in v) return '';
	return String(v);
}
