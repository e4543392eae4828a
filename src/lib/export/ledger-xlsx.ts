import { FILL_IN_COLUMNS, LEDGER_COLUMNS, ledgerCells, ledgerTitle, sheetHeading, type Ledger, type LedgerColumn } from './ledger';
import { writeXlsx, type ExcelJS, type XlsxCell } from './xlsx';
import { formatDate } from '../views/format';

/** Column widths in characters: the quote and the task get the room. */
export const LEDGER_WIDTHS: Record<LedgerColumn, number> = { 序号: 5, 任务: 28, 原文: 36, 依据条款: 30, '牵头/配合': 18, 约束程度: 8, 量化目标: 20, 时限: 16, 进展: 16, 责任处室: 10, 备注: 12 };

/** What the ledger is and how to read it, for the note under each sheet's title. */
export function ledgerNote(built: string): string {
	return `由湘策根据条款数据生成（${formatDate(built)}），以正式文件为准。“任务”“原文”逐字取自条款；“面向全部……”表示条款面向更宽范围的对象；“主体”表示条款要求的是他方、本单位为责任单位。${FILL_IN_COLUMNS.join('、')}栏供填写。`;
}

/** The unit's ledger as an .xlsx workbook: one sheet per document. */
export function ledgerXlsx(excel: ExcelJS, ledger: Ledger, built: string): Promise<Uint8Array<ArrayBuffer>> {
	const basis = LEDGER_COLUMNS.indexOf('依据条款');
	const progress = LEDGER_COLUMNS.indexOf('进展');
	return writeXlsx(excel, {
		created: new Date(`${built}T00:00:00Z`),
		sheets: ledger.sheets.map((s) => ({
			name: s.name,
			title: `${ledgerTitle(ledger.unit)}：${sheetHeading(s.doc)}`,
			note: ledgerNote(built),
			columns: LEDGER_COLUMNS.map((header) => ({ header, width: LEDGER_WIDTHS[header] })),
			rows: ledgerCells(s).map((cells, i): XlsxCell[] => cells.map((text, c) => (c === 0 ? i + 1 : c === basis ? { text, hyperlink: s.rows[i]!.url } : text))),
			// A suggestion, not a rule: progress is often a sentence.
			lists: [{ column: progress, values: ['未开始', '进行中', '已完成', '不适用'] }],
		})),
	});
}
