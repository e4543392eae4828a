import { stripNoise } from '../content/noise';
import { parseNumbering } from './numbering';

/** Sentence-final characters: a line ending with one of these ends its paragraph. */
const TERMINAL = /[。：:！？；]$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const DOC_NUMBER_LINE = /^\S+[〔[（(]\d{4}[〕\]）)]\s*\d+\s*号$/;
const WRAPPED = /^[（(].*[）)]$/;
/** The addressee line (各市州教育（体）局：) and a title's last line (…的通知) end the paragraph before them. */
const ADDRESSEE = /^各.*[：:]$/;
const TITLE_END = /(?:通知|意见|方案|措施|办法|决定)$/;

/** A heading: a numbered line with no sentence inside, e.g. `（一）指导思想`. */
function isHeading(line: string): boolean {
	const n = parseNumbering(line);
	return n !== null && n.rest.length > 0 && n.rest.length <= 40 && !/[。；]/.test(n.rest);
}

/** A line that stands on its own, whatever its ending. */
function standsAlone(line: string): boolean {
	return DATE_LINE.test(line) || DOC_NUMBER_LINE.test(line) || WRAPPED.test(line) || ADDRESSEE.test(line) || line.includes('\t') || /^附件/.test(line);
}

/**
 * Turn a source text into paragraphs: reviewed noise removed, PDF line breaks inside sentences
 * joined (a line continues the one before unless that one ended a sentence, was a heading, or stands alone).
 */
export function toParagraphs(text: string): string[] {
	// Markdown headings in the conversion mark a line that stands alone; note them before the hashes go.
	const headings = new Set<string>();
	for (const l of text.split('\n')) if (/^#{1,6}\s/.test(l)) headings.add(stripNoise(l).trim());
	const lines = stripNoise(text)
		.split('\n')
		.map((l) => l.replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
		.filter((l) => l.trim().length > 0);
	const out: string[] = [];
	for (const line of lines) {
		const prev = out[out.length - 1];
		const continues =
			prev !== undefined &&
			!headings.has(prev) &&
			!headings.has(line) &&
			!TERMINAL.test(prev) &&
			!TITLE_END.test(prev) &&
			!isHeading(prev) &&
			!standsAlone(prev) &&
			!standsAlone(line) &&
			parseNumbering(line) === null;
		if (continues) out[out.length - 1] = prev + line;
		else out.push(line);
	}
	return out;
}
