/**
 * Explicit references as they are written in the texts: 《titles》, 发文字号 (湘政办发〔2018〕82号, also with
 * [ ] ［ ］ ( ) brackets as PDFs and typists write them) and 附件 pointers. Spans are UTF-16 offsets.
 */

export interface Span {
	start: number;
	end: number;
	text: string;
}

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source matching the words with any white space between characters (PDF line breaks). */
export function looseSource(words: string): string {
	return [...words.replace(/\s+/g, '')].map(escapeRe).join('\\s*');
}

const OPEN = '[〔\\[［(（]';
const CLOSE = '[〕\\]］)）]';

/** `湘政办发〔2018〕82号` → its parts, or null when it is not a 发文字号. */
export function parseDocNumber(number: string): { prefix: string; year: number; serial: number } | null {
	const m = number.replace(/\s+/g, '').match(/^(\S+?)[〔[［(（](\d{4})[〕\]］)）](\d+)号$/u);
	return m ? { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : null;
}

/** The canonical spelling with 〔〕: 国办发[2017]95号 → 国办发〔2017〕95号. */
export function canonicalDocNumber(number: string): string | null {
	const p = parseDocNumber(number);
	return p ? `${p.prefix}〔${p.year}〕${p.serial}号` : null;
}

/** A regex source for one 发文字号 in any bracket style and spacing. */
export function docNumberSource(number: string): string {
	const p = parseDocNumber(number);
	if (!p) throw new Error(`not a 发文字号: ${number}`);
	return `${looseSource(p.prefix)}\\s*${OPEN}\\s*${p.year}\\s*${CLOSE}\\s*${p.serial}\\s*号`;
}

function spans(text: string, re: RegExp): Span[] {
	return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Where a given 发文字号 is written in a text. */
export function findDocNumber(text: string, number: string): Span[] {
	return spans(text, new RegExp(docNumberSource(number), 'gu'));
}

/** Every 发文字号-shaped mention (`〔2017〕95号` and its bracket variants), whoever issued it. */
export function docNumberMentions(text: string): Span[] {
	return spans(text, new RegExp(`${OPEN}\\s*\\d{4}\\s*${CLOSE}\\s*\\d+\\s*号`, 'gu'));
}

/** Every 《title》. */
export function titleMentions(text: string): Span[] {
	return spans(text, /《[^《》]+》/gu);
}

/** Pointers to attachments of the same document, the words inside the brackets: （见附件1）, （附件2）. */
export function attachmentMentions(text: string): Span[] {
	return spans(text, /(?<=[（(])见?附件\s*\d+(?=[）)])/gu);
}

/** Where the words of a quote are in a text, white space ignored. */
export function findQuote(text: string, quote: string): Span[] {
	return spans(text, new RegExp(looseSource(quote), 'gu'));
}
