import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/**
 * Read a .docx back the way Word lays it out: the body's paragraphs and tables in order, a table as rows of cell
 * texts (paragraphs joined by line breaks). An independent reader (unzip + XML), not the library that wrote it.
 */
export interface DocxBlock {
	paragraph?: string;
	table?: string[][];
	/** The first row repeats on every page (`w:tblHeader`). */
	headerRepeats?: boolean;
}

const text = (e: Element) => DomUtils.findAll((n) => n.name === 'w:t', [e]).map((t) => DomUtils.textContent(t)).join('');
const paragraphs = (e: Element) => DomUtils.findAll((n) => n.name === 'w:p', [e]).map(text).join('\n');

export function readDocx(bytes: Uint8Array): { blocks: DocxBlock[]; files: Record<string, string>; landscape: boolean } {
	const zip = unzipSync(bytes);
	const xml = strFromU8(zip['word/document.xml']!);
	const dom = parseDocument(xml, { xmlMode: true });
	const body = DomUtils.findOne((n) => n.name === 'w:body', dom.children)!;
	const blocks: DocxBlock[] = [];
	for (const child of body.children) {
		if (child.type !== 'tag') continue;
		const e = child as Element;
		if (e.name === 'w:p') blocks.push({ paragraph: text(e) });
		if (e.name === 'w:tbl') {
			const rows = e.children.filter((r): r is Element => r.type === 'tag' && (r as Element).name === 'w:tr');
			blocks.push({
				table: rows.map((r) => r.children.filter((c): c is Element => c.type === 'tag' && (c as Element).name === 'w:tc').map(paragraphs)),
				headerRepeats: Boolean(rows[0] && DomUtils.findOne((n) => n.name === 'w:tblHeader', [rows[0]])),
			});
		}
	}
	const pgSz = DomUtils.findOne((n) => n.name === 'w:pgSz', [body]);
	return { blocks, files: Object.fromEntries(Object.keys(zip).map((k) => [k, k])), landscape: pgSz?.attribs['w:orient'] === 'landscape' };
}
