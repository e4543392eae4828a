import { FILL_IN_COLUMNS, LEDGER_COLUMNS, LEDGER_INDEX_SHEET, ledgerCells, ledgerTitle, sheetHeading, type Ledger, type LedgerColumn } from './ledger';
import { formatDate } from '../views/format';
import { APP_PROPERTIES, REL, XML_HEAD, contentTypes, coreProperties, edgeSpace, relationships, xmlText, zipPackage, type PackagePart } from './zip';

/**
 * The unit's ledger as an .xlsx workbook: a 目录 sheet (every document, linked to its sheet — a ledger of a thousand
 * documents has as many sheet tabs), then one sheet per document. The layout is the site's workbook layout
 * (src/lib/export/xlsx.ts, which 我的清单 uses through exceljs in the browser): row 1 the title, row 2 a note, row 3
 * the header — frozen and printed on every page — then the rows; A4 landscape fitted to the width, wrapped text,
 * thin borders, citations as hyperlinks, a 进展 dropdown (a suggestion: free text is allowed).
 *
 * The SpreadsheetML is written directly and zipped (./zip.ts): exceljs cost about 0.22 ms a row (its streaming
 * writer 0.28 ms), 2.5 minutes of CPU for the 693,000 rows of the ×200 corpus; written directly a row costs about
 * 10 µs (`npm run bench -- ledger`). `tests/content/ledger.test.ts` reads every workbook back with exceljs.
 */

/** Column widths in characters: the quote and the task get the room. */
export const LEDGER_WIDTHS: Record<LedgerColumn, number> = { 序号: 5, 任务: 28, 原文: 36, 依据条款: 30, '牵头/配合': 18, 约束程度: 8, 量化目标: 20, 时限: 16, 进展: 16, 责任处室: 10, 备注: 12 };

/** What the ledger is and how to read it, for the note under each sheet's title. */
export function ledgerNote(built: string): string {
	return `由湘策根据条款数据生成（${formatDate(built)}），以正式文件为准。“任务”“原文”逐字取自条款；“面向全部……”表示条款面向更宽范围的对象；“主体”表示条款要求的是他方、本单位为责任单位。${FILL_IN_COLUMNS.join('、')}栏供填写。`;
}

/** The 目录 sheet's columns. */
export const INDEX_COLUMNS = ['序号', '文件', '发文字号', '工作表', '任务数'] as const;
const INDEX_WIDTHS = [5, 60, 24, 24, 8];

/** Cell styles (indexes into styles.xml's cellXfs below). */
const S = { body: 1, title: 2, note: 3, header: 4, link: 5 };
const STYLES = `${XML_HEAD}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="6"><font><sz val="11"/><name val="宋体"/></font><font><sz val="10"/><name val="宋体"/></font><font><b/><sz val="14"/><name val="宋体"/></font><font><color rgb="FF555555"/><sz val="9"/><name val="宋体"/></font><font><b/><sz val="10"/><name val="宋体"/></font><font><u/><color rgb="FF0B57A4"/><sz val="10"/><name val="宋体"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FF999999"/></left><right style="thin"><color rgb="FF999999"/></right><top style="thin"><color rgb="FF999999"/></top><bottom style="thin"><color rgb="FF999999"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="4" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="5" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const column = (i: number) => LETTERS[i]!;
/**
 * An inline string (no shared-strings table: one more pass for little, as deflate finds the repeats anyway). An empty
 * cell is left out: it takes the column's style (borders included), as a written empty cell would.
 */
const str = (ref: string, text: string, style: number) => (text ? `<c r="${ref}" s="${style}" t="inlineStr"><is>${edgeSpace(text) ? '<t xml:space="preserve">' : '<t>'}${xmlText(text)}</t></is></c>` : '');
const num = (ref: string, n: number, style: number) => `<c r="${ref}" s="${style}"><v>${n}</v></c>`;
/** A sheet name inside a formula or a location: quoted, with `'` doubled. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

const HEADER_ROW = 3;
const PROGRESS = LEDGER_COLUMNS.indexOf('进展');
const BASIS = LEDGER_COLUMNS.indexOf('依据条款');
const PROGRESS_VALUES = ['未开始', '进行中', '已完成', '不适用'];

interface SheetXml {
	name: string;
	/** Writes the sheet's XML (see zipPackage); its hyperlinks are known once it has been written. */
	write: (write: (piece: string) => void) => void;
	/** Hyperlink relationships of the sheet (id, URL), after `write`. */
	links: () => [string, string][];
}

/** A sheet in the shared layout; `row(r, at)` gives the cells (XML) of data row r (0-based) at sheet row `at`. */
function sheetXml(p: { name: string; title: string; note: string; headers: readonly string[]; widths: number[]; rows: number; row: (r: number, at: number) => string; hyperlinks: () => string; links: () => [string, string][]; validation?: string; selected?: boolean }): SheetXml {
	const last = column(p.headers.length - 1);
	const lastRow = HEADER_ROW + p.rows;
	const write = (w: (piece: string) => void) => {
		w(`${XML_HEAD}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`);
		w(`<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}${lastRow}"/>`);
		w(`<sheetViews><sheetView workbookViewId="0"${p.selected ? ' tabSelected="1"' : ''}><pane ySplit="${HEADER_ROW}" topLeftCell="A${HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`);
		w(`<sheetFormatPr defaultRowHeight="15"/><cols>${p.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" style="${S.body}" customWidth="1"/>`).join('')}</cols><sheetData>`);
		w(`<row r="1" ht="24" customHeight="1">${str('A1', p.title, S.title)}</row>`);
		w(`<row r="2" ht="30" customHeight="1">${str('A2', p.note, S.note)}</row>`);
		w(`<row r="${HEADER_ROW}">${p.headers.map((h, i) => str(`${column(i)}${HEADER_ROW}`, h, S.header)).join('')}</row>`);
		for (let r = 0; r < p.rows; r++) w(`<row r="${HEADER_ROW + 1 + r}">${p.row(r, HEADER_ROW + 1 + r)}</row>`);
		w(`</sheetData><mergeCells count="2"><mergeCell ref="A1:${last}1"/><mergeCell ref="A2:${last}2"/></mergeCells>`);
		if (p.validation && p.rows) w(p.validation.replace('SQREF', `${column(PROGRESS)}${HEADER_ROW + 1}:${column(PROGRESS)}${lastRow}`));
		const hyperlinks = p.hyperlinks();
		if (hyperlinks) w(`<hyperlinks>${hyperlinks}</hyperlinks>`);
		w('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>');
	};
	return { name: p.name, write, links: p.links };
}

const VALIDATION = `<dataValidations count="1"><dataValidation type="list" allowBlank="1" errorTitle="请选择" error="${xmlText(`可选：${PROGRESS_VALUES.join('、')}`)}" sqref="SQREF"><formula1>${xmlText(`"${PROGRESS_VALUES.join(',')}"`)}</formula1></dataValidation></dataValidations>`;

/** The unit's ledger as an .xlsx workbook. */
export function ledgerXlsx(ledger: Ledger, built: string): Uint8Array<ArrayBuffer> {
	const title = ledgerTitle(ledger.unit);
	const note = ledgerNote(built);
	const index = sheetXml({
		name: LEDGER_INDEX_SHEET,
		title: `${title}：目录（${ledger.sheets.length}份文件，${ledger.rows}项任务）`,
		note,
		headers: INDEX_COLUMNS,
		widths: INDEX_WIDTHS,
		rows: ledger.sheets.length,
		selected: true,
		row: (r, at) => {
			const s = ledger.sheets[r]!;
			return `${num(`A${at}`, r + 1, S.body)}${str(`B${at}`, s.doc.data.title, S.body)}${str(`C${at}`, s.doc.data.number, S.body)}${str(`D${at}`, s.name, S.link)}${num(`E${at}`, s.rows.length, S.body)}`;
		},
		hyperlinks: () => ledger.sheets.map((s, r) => `<hyperlink ref="D${HEADER_ROW + 1 + r}" location="${xmlText(`${quoted(s.name)}!A1`)}" display="${xmlText(s.name)}"/>`).join(''),
		links: () => [],
	});
	const sheets = ledger.sheets.map((s) => {
		// Made when the sheet is written, let go after its last row: a workbook never holds all its cells at once.
		let cells: string[][] | undefined;
		const links = new Map<string, string>();
		let hyperlinks = '';
		return sheetXml({
			name: s.name,
			title: `${title}：${sheetHeading(s.doc)}`,
			note,
			headers: LEDGER_COLUMNS,
			widths: LEDGER_COLUMNS.map((c) => LEDGER_WIDTHS[c]),
			rows: s.rows.length,
			row: (r, at) => {
				cells ??= ledgerCells(s);
				const row = cells[r]!;
				if (r === s.rows.length - 1) cells = undefined;
				const url = s.rows[r]!.url;
				const id = links.get(url) ?? links.set(url, `rId${links.size + 1}`).get(url)!;
				hyperlinks += `<hyperlink ref="${column(BASIS)}${at}" r:id="${id}"/>`;
				let xml = num(`A${at}`, r + 1, S.body);
				for (let c = 1; c < row.length; c++) xml += str(`${column(c)}${at}`, row[c]!, c === BASIS ? S.link : S.body);
				return xml;
			},
			// Read once the rows are written.
			hyperlinks: () => hyperlinks,
			links: () => [...links].map(([url, id]): [string, string] => [id, url]),
			validation: VALIDATION,
		});
	});
	const all = [index, ...sheets];
	const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
	const workbook = `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${all.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join('')}</sheets><definedNames>${all.map((s, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${quoted(s.name)}!$${HEADER_ROW}:$${HEADER_ROW}`)}</definedName>`).join('')}</definedNames></workbook>`;
	return zipPackage(
		[
			{ name: '[Content_Types].xml', data: contentTypes([['/xl/workbook.xml', `${SML}.sheet.main+xml`], ['/xl/styles.xml', `${SML}.styles+xml`], ...all.map((_, i): [string, string] => [`/xl/worksheets/sheet${i + 1}.xml`, `${SML}.worksheet+xml`]), ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'], ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml']]) },
			{ name: '_rels/.rels', data: relationships([['rId1', REL.officeDocument, 'xl/workbook.xml'], ['rId2', REL.core, 'docProps/core.xml'], ['rId3', REL.extended, 'docProps/app.xml']]) },
			{ name: 'docProps/core.xml', data: coreProperties({ title, created: new Date(`${built}T00:00:00Z`) }) },
			{ name: 'docProps/app.xml', data: APP_PROPERTIES },
			{ name: 'xl/workbook.xml', data: workbook },
			{ name: 'xl/_rels/workbook.xml.rels', data: relationships([...all.map((_, i): [string, string, string] => [`rIdS${i + 1}`, REL.worksheet, `worksheets/sheet${i + 1}.xml`]), ['rIdStyles', REL.styles, 'styles.xml']]) },
			{ name: 'xl/styles.xml', data: STYLES },
			// Each data sheet's hyperlinks after the sheet (every data sheet has rows, so links); the 目录 links within the workbook.
			...all.flatMap((s, i): PackagePart[] => [
				{ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.write },
				...(i > 0 ? [{ name: `xl/worksheets/_rels/sheet${i + 1}.xml.rels`, data: (write: (piece: string) => void) => write(relationships(s.links().map(([id, url]): [string, string, string, boolean] => [id, REL.hyperlink, url, true]))) }] : []),
			]),
		],
		new Date(`${built}T00:00:00Z`),
	);
}
