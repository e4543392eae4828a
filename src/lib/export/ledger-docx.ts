import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	Footer,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
	convertMillimetersToTwip,
} from 'docx';
import { chineseNumeral } from '../citations/citation';
import { LEDGER_COLUMNS, ledgerCells, ledgerTitle, sheetHeading, type Ledger } from './ledger';
import { LEDGER_WIDTHS, ledgerNote } from './ledger-xlsx';

/**
 * The ledger as a Word document laid out like a 公文 attachment table (GB/T 9704 where it applies to a table):
 * A4 landscape, the title in 小标宋 二号, headings 一、二、 in 黑体 三号, the table in 仿宋 五号 with its header row
 * repeated on every page, page numbers `— 1 —` at the foot. One table per document, the same cells as the .xlsx.
 */

const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const XIAOBIAOSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
/** Font sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { erhao: 44, sanhao: 32, xiaosi: 24, wuhao: 21 };

const MARGIN = { top: 25, bottom: 25, left: 28, right: 26 };
/** Printable width of landscape A4 in twips, shared out by the same proportions as the spreadsheet columns. */
const TEXT_WIDTH = convertMillimetersToTwip(297 - MARGIN.left - MARGIN.right);
const weights = LEDGER_COLUMNS.map((c) => LEDGER_WIDTHS[c]);
const total = weights.reduce((a, b) => a + b, 0);
const COLUMN_TWIPS = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));

const run = (text: string, opts: { size?: number; font?: typeof FANGSONG } = {}) => new TextRun({ text, size: opts.size, font: opts.font });

/*
 * The body cells carry no formatting of their own (font, size and margins come from the document defaults and the
 * table): docx builds an object per property, and a ledger has thousands of cells, so this keeps the build fast.
 */
function bodyCell(lines: string[], link?: string): TableCell {
	return new TableCell({ children: lines.map((text) => new Paragraph({ children: [link && text ? new ExternalHyperlink({ link, children: [new TextRun({ text, style: 'Hyperlink' })] }) : new TextRun(text)] })) });
}

function headerCell(text: string): TableCell {
	return new TableCell({
		verticalAlign: VerticalAlign.CENTER,
		shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' },
		children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: HEITI })] })],
	});
}

function sheetTable(ledger: Ledger, i: number): Table {
	const sheet = ledger.sheets[i]!;
	const basis = LEDGER_COLUMNS.indexOf('依据条款');
	const header = new TableRow({ tableHeader: true, cantSplit: true, children: LEDGER_COLUMNS.map(headerCell) });
	const rows = ledgerCells(sheet).map((cells, r) => new TableRow({ children: cells.map((text, c) => bodyCell(text.split('\n'), c === basis ? sheet.rows[r]!.url : undefined)) }));
	return new Table({ layout: TableLayoutType.FIXED, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_TWIPS, margins: { top: 40, bottom: 40, left: 60, right: 60 }, rows: [header, ...rows] });
}

/** The unit's ledger as a .docx file. */
export async function ledgerDocx(ledger: Ledger, built: string): Promise<Uint8Array<ArrayBuffer>> {
	const title = ledgerTitle(ledger.unit);
	const children: (Paragraph | Table)[] = [
		new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(title, { size: SIZE.erhao, font: XIAOBIAOSONG })] }),
		new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(`（${ledger.sheets.length}份文件，${ledger.rows}项任务）`, { size: SIZE.sanhao })] }),
		new Paragraph({ spacing: { after: 200 }, children: [run(ledgerNote(built), { size: SIZE.xiaosi })] }),
	];
	ledger.sheets.forEach((s, i) => {
		children.push(new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [run(`${chineseNumeral(i + 1)}、${sheetHeading(s.doc)}`, { size: SIZE.sanhao, font: HEITI })] }));
		children.push(sheetTable(ledger, i));
	});
	const doc = new Document({
		creator: '湘策',
		title,
		description: `${title}（${built}）`,
		styles: { default: { document: { run: { font: FANGSONG, size: SIZE.wuhao } } } },
		sections: [
			{
				properties: {
					page: {
						size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297), orientation: PageOrientation.LANDSCAPE },
						margin: { top: convertMillimetersToTwip(MARGIN.top), bottom: convertMillimetersToTwip(MARGIN.bottom), left: convertMillimetersToTwip(MARGIN.left), right: convertMillimetersToTwip(MARGIN.right) },
					},
				},
				footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体' } })] })] }) },
				children,
			},
		],
	});
	return Uint8Array.from(await Packer.toBuffer(doc));
}
