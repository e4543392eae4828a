import { chineseNumeral } from '../citations/citation';
import { LEDGER_COLUMNS, ledgerCells, ledgerTitle, sheetHeading, type Ledger } from './ledger';
import { LEDGER_WIDTHS, ledgerNote } from './ledger-xlsx';
import { APP_PROPERTIES, REL, XML_HEAD, contentTypes, coreProperties, edgeSpace, relationships, xmlText, zipPackage } from './zip';

/**
 * The ledger as a Word document laid out like a 公文 attachment table (GB/T 9704 where it applies to a table):
 * A4 landscape, the title in 小标宋 二号, headings 一、二、 in 黑体 三号, the table in 仿宋 五号 with its header row
 * repeated on every page, page numbers `— 1 —` at the foot. One table per document, the same cells as the .xlsx.
 *
 * The WordprocessingML is written directly, as the `docx` package wrote it for this layout (same page, fonts, table
 * properties, header row, footer field, hyperlinks), then zipped (./zip.ts). The `docx` package built an object tree
 * per cell and cost about 0.6 ms a row — 20 s of CPU for the ×10 corpus' 34,650 rows, some 7 minutes for the 693,000
 * rows of ×200; written directly a row costs about 10 µs (`npm run bench -- ledger`).
 */

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const fonts = (eastAsia: string, latin = 'Times New Roman') => `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}"/>`;
const FANGSONG = fonts('仿宋_GB2312');
const HEITI = fonts('黑体');
const XIAOBIAOSONG = fonts('方正小标宋简体');
const SONGTI = fonts('宋体', '宋体');
/** Font sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt, 五号 10.5pt; the page number 四号 14pt. */
const SIZE = { erhao: 44, sanhao: 32, xiaosi: 24, wuhao: 21, sihao: 28 };
const size = (n: number) => `<w:sz w:val="${n}"/><w:szCs w:val="${n}"/>`;

/** Millimetres to twips, rounded down as the `docx` package does. */
const twip = (mm: number) => Math.floor((mm / 25.4) * 1440);
const MARGIN = { top: 25, bottom: 25, left: 28, right: 26 };
/** Printable width of landscape A4 in twips, shared out by the same proportions as the spreadsheet columns. */
const TEXT_WIDTH = twip(297 - MARGIN.left - MARGIN.right);
const weights = LEDGER_COLUMNS.map((c) => LEDGER_WIDTHS[c]);
const total = weights.reduce((a, b) => a + b, 0);
const COLUMN_TWIPS = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));

/** `<w:t>`: spaces at either end are kept only when the element says so. */
const t = (text: string) => (edgeSpace(text) ? `<w:t xml:space="preserve">${xmlText(text)}</w:t>` : `<w:t>${xmlText(text)}</w:t>`);
const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${t(text)}</w:r>`;
const paragraph = (runs: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const TABLE_PROPS = `<w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="60"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="60"/></w:tblCellMar></w:tblPr><w:tblGrid>${COLUMN_TWIPS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
/* The header row: repeated on every page, never split, shaded, 黑体, centred. */
const HEADER_ROW = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${LEDGER_COLUMNS.map((h, i) => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${COLUMN_TWIPS[i]}"/><w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/><w:vAlign w:val="center"/></w:tcPr>${paragraph(run(h, HEITI), '<w:jc w:val="center"/>')}</w:tc>`).join('')}</w:tr>`;
const BASIS = LEDGER_COLUMNS.indexOf('依据条款');

/*
 * Body cells carry no formatting of their own: font, size and margins come from the document defaults and the table,
 * widths from the table grid (fixed layout). A ledger of a thousand documents is gigabytes of this XML, and
 * compressing it is most of the cost, so every byte per cell counts.
 */
function bodyCell(text: string, link?: string): string {
	if (!text) return '<w:tc><w:p/></w:tc>';
	let xml = '<w:tc>';
	for (const line of text.split('\n')) {
		if (!line) xml += '<w:p/>';
		else if (link) xml += `<w:p><w:hyperlink r:id="${link}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>${t(line)}</w:r></w:hyperlink></w:p>`;
		else xml += `<w:p><w:r>${t(line)}</w:r></w:p>`;
	}
	return `${xml}</w:tc>`;
}

const STYLES = `${XML_HEAD}<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${FANGSONG}${size(SIZE.wuhao)}<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style></w:styles>`;
const SETTINGS = `${XML_HEAD}<w:settings ${W_NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
const PAGE_NUMBER_RUN = (inner: string) => `<w:r><w:rPr>${SONGTI}${size(SIZE.sihao)}</w:rPr>${inner}</w:r>`;
const FOOTER = `${XML_HEAD}<w:ftr ${W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${PAGE_NUMBER_RUN('<w:t xml:space="preserve">— </w:t>')}${PAGE_NUMBER_RUN('<w:fldChar w:fldCharType="begin"/>')}${PAGE_NUMBER_RUN('<w:instrText xml:space="preserve"> PAGE </w:instrText>')}${PAGE_NUMBER_RUN('<w:fldChar w:fldCharType="separate"/>')}${PAGE_NUMBER_RUN('<w:t>1</w:t>')}${PAGE_NUMBER_RUN('<w:fldChar w:fldCharType="end"/>')}${PAGE_NUMBER_RUN('<w:t xml:space="preserve"> —</w:t>')}</w:p></w:ftr>`;
const SECTION = `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="${twip(297)}" w:h="${twip(210)}" w:orient="landscape"/><w:pgMar w:top="${twip(MARGIN.top)}" w:right="${twip(MARGIN.right)}" w:bottom="${twip(MARGIN.bottom)}" w:left="${twip(MARGIN.left)}" w:header="708" w:footer="708" w:gutter="0"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The unit's ledger as a .docx file. */
export function ledgerDocx(ledger: Ledger, built: string): Uint8Array<ArrayBuffer> {
	const title = ledgerTitle(ledger.unit);
	const links = new Map<string, string>();
	const linkId = (url: string) => links.get(url) ?? links.set(url, `rIdL${links.size + 1}`).get(url)!;
	// document.xml piece by piece, a row at a time (see zipPackage).
	const document = (write: (piece: string) => void) => {
		write(`${XML_HEAD}<w:document ${W_NS}><w:body>`);
		write(paragraph(run(title, `${XIAOBIAOSONG}${size(SIZE.erhao)}`), '<w:spacing w:after="200"/><w:jc w:val="center"/>'));
		write(paragraph(run(`（${ledger.sheets.length}份文件，${ledger.rows}项任务）`, size(SIZE.sanhao)), '<w:spacing w:after="200"/><w:jc w:val="center"/>'));
		write(paragraph(run(ledgerNote(built), size(SIZE.xiaosi)), '<w:spacing w:after="200"/>'));
		ledger.sheets.forEach((sheet, i) => {
			write(paragraph(run(`${chineseNumeral(i + 1)}、${sheetHeading(sheet.doc)}`, `${HEITI}${size(SIZE.sanhao)}`), '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'));
			write(`<w:tbl>${TABLE_PROPS}${HEADER_ROW}`);
			ledgerCells(sheet).forEach((cells, r) => {
				let row = '<w:tr>';
				for (let c = 0; c < cells.length; c++) row += bodyCell(cells[c]!, c === BASIS ? linkId(sheet.rows[r]!.url) : undefined);
				write(`${row}</w:tr>`);
			});
			write('</w:tbl>');
		});
		write(`${SECTION}</w:body></w:document>`);
	};
	return zipPackage(
		[
			{ name: '[Content_Types].xml', data: contentTypes([['/word/document.xml', `${WML}.document.main+xml`], ['/word/styles.xml', `${WML}.styles+xml`], ['/word/settings.xml', `${WML}.settings+xml`], ['/word/footer1.xml', `${WML}.footer+xml`], ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'], ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml']]) },
			{ name: '_rels/.rels', data: relationships([['rId1', REL.officeDocument, 'word/document.xml'], ['rId2', REL.core, 'docProps/core.xml'], ['rId3', REL.extended, 'docProps/app.xml']]) },
			{ name: 'docProps/core.xml', data: coreProperties({ title, description: `${title}（${built}）`, created: new Date(`${built}T00:00:00Z`) }) },
			{ name: 'docProps/app.xml', data: APP_PROPERTIES },
			{ name: 'word/document.xml', data: document },
			// After document.xml, whose writing collects the links.
			{ name: 'word/_rels/document.xml.rels', data: (write) => write(relationships([['rIdStyles', REL.styles, 'styles.xml'], ['rIdSettings', REL.settings, 'settings.xml'], ['rIdFooter', REL.footer, 'footer1.xml'], ...[...links].map(([url, id]): [string, string, string, boolean] => [id, REL.hyperlink, url, true])])) },
			{ name: 'word/styles.xml', data: STYLES },
			{ name: 'word/settings.xml', data: SETTINGS },
			{ name: 'word/footer1.xml', data: FOOTER },
		],
		new Date(`${built}T00:00:00Z`),
	);
}
