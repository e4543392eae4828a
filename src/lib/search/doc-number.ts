/**
 * Document numbers (发文字号) in a query, however they are bracketed: 湘政办发〔2018〕82号, 湘政办发[2018]82号,
 * 湘政办发(2018)82号, 湘政办发【2018】82号, 湘政办发2018年82号, 湘政办发 2018 82号, or just 82号 or 湘政办发.
 * Only numbers of documents in the corpus count, so 中发〔2024〕18号 stays ordinary query text.
 */

export interface DocRef {
	slug: string;
	/** Canonical 发文字号, `湘政办发〔2018〕82号`. */
	number: string;
}

export interface DocNumberParts {
	/** 湘政办发 */
	prefix: string;
	year: number;
	serial: number;
}

/** `湘政办发〔2018〕82号` → { prefix: 湘政办发, year: 2018, serial: 82 }. */
export function splitDocNumber(number: string): DocNumberParts | undefined {
	const m = number.match(/^(\S+?)〔(\d{4})〕(\d+)号$/);
	return m ? { prefix: m[1]!, year: Number(m[2]), serial: Number(m[3]) } : undefined;
}

/** Words that only say "the document" next to a number (82号文件, 湘政函通知全文). */
const DOCUMENT_WORDS = /文件|通知|全文|原文/g;

const OPEN = '[〔\\[(【〖（［]';
const CLOSE = '[〕\\])】〗）］]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The documents a query names, and the query without those names. */
export function extractDocRefs(query: string, docs: DocRef[]): { docs: DocRef[]; rest: string } {
	const found = new Set<DocRef>();
	let rest = query;
	for (const doc of docs) {
		const parts = splitDocNumber(doc.number);
		if (!parts) continue;
		const prefix = escape(parts.prefix);
		// prefix? year? serial 号; a written year must be the document's, and the serial must not continue a longer
		// number (182号 is not 82号).
		const full = new RegExp(`(?:${prefix})?\\s*(?:${OPEN}?\\s*(\\d{4})\\s*(?:${CLOSE}|年)?\\s*)?(?<!\\d)${parts.serial}\\s*号`, 'g');
		rest = rest.replace(full, (match, year: string | undefined) => {
			if (year !== undefined && Number(year) !== parts.year) return match;
			found.add(doc);
			return ' ';
		});
		// The prefix alone (湘人社发), unless a year or serial follows it (then it names another document).
		rest = rest.replace(new RegExp(`${prefix}(?!\\s*${OPEN}?\\s*\\d)`, 'g'), () => {
			found.add(doc);
			return ' ';
		});
	}
	if (found.size) rest = rest.replace(DOCUMENT_WORDS, ' ');
	return { docs: [...found], rest: rest.replace(/\s+/g, ' ').trim() };
}
