import { stripNoise } from '../content/noise';
import { parseNumbering } from './numbering';

/** A paragraph of the source, with the 1-based line it starts on (for messages that point into the source). */
export interface Paragraph {
	text: string;
	line: number;
}

/** Sentence-final characters: a line ending with one of these ends its paragraph. */
const TERMINAL = /[。：:！？；]$/;
const DATE_LINE = /^(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)$/;
const DOC_NUMBER_LINE = /^\S+[〔[（(［]\s*\d{4}\s*[〕\]）)］]\s*\d+\s*号$/;
const WRAPPED = /^[（(].*[）)]$/;
/** The addressee line (各市州教育（体）局：) and a title's last line (…的通知) end the paragraph before them. */
const ADDRESSEE = /^各.*[：:]$/;
const TITLE_END = /(?:通知|意见|方案|措施|办法|决定)$/;

/** A heading: a numbered line with no sentence inside, e.g. `（一）指导思想`. */
function isHeading(line: string): boolean {
	const n = parseNumbering(line);
	// 一是… opens a sentence, not a heading: its line breaks are PDF breaks like any other.
	return n !== null && n.style !== 'cn-shi' && n.rest.length > 0 && n.rest.length <= 40 && !/[。；]/.test(n.rest);
}

/** A line that stands on its own, whatever its ending. */
function standsAlone(line: string): boolean {
	return DATE_LINE.test(line) || DOC_NUMBER_LINE.test(line) || WRAPPED.test(line) || ADDRESSEE.test(line) || line.includes('\t') || /^附件/.test(line);
}

const CELL_LINE = /^\t[^\t]*$/;
const BLANK = /^[ \u3000]*$/;

/**
 * Some conversions write a table one cell per line, each line opened by a tab, rows separated by blank lines
 * (82号's 重点任务分工; a lone tab is an empty cell). Fold each such row into one tab-separated line, so tables
 * reach the rest of ingest in one shape. A run counts as a table only when at least two blank-separated groups
 * of the same size follow each other: a single indented line is text.
 */
function foldCellRows(lines: string[]): { text: string; line: number }[] {
	const groups: { start: number; end: number }[] = [];
	for (let i = 0; i < lines.length; ) {
		const opensGroup = CELL_LINE.test(lines[i]!) && (i === 0 || !CELL_LINE.test(lines[i - 1]!));
		if (!opensGroup) {
			i++;
			continue;
		}
		let j = i;
		while (j < lines.length && CELL_LINE.test(lines[j]!)) j++;
		if (j === lines.length || BLANK.test(lines[j]!)) groups.push({ start: i, end: j });
		i = j;
	}
	const table = new Set<number>();
	for (let g = 0; g < groups.length; g++) {
		const size = groups[g]!.end - groups[g]!.start;
		const next = groups[g + 1];
		const prev = groups[g - 1];
		const between = (a: { end: number }, b: { start: number }) => lines.slice(a.end, b.start).every((l) => BLANK.test(l));
		const sameAsNext = next && next.end - next.start === size && between(groups[g]!, next);
		const sameAsPrev = prev && prev.end - prev.start === size && between(prev, groups[g]!);
		if (size >= 2 && (sameAsNext || sameAsPrev)) table.add(g);
	}
	const out: { text: string; line: number }[] = [];
	let g = 0;
	for (let i = 0; i < lines.length; i++) {
		while (g < groups.length && groups[g]!.end <= i) g++;
		const grp = groups[g];
		if (grp && table.has(g) && i === grp.start) {
			out.push({ text: lines.slice(grp.start, grp.end).map((l) => l.slice(1).replace(/^[ \u3000]+|[ \u3000]+$/g, '')).join('\t'), line: i + 1 });
			i = grp.end - 1;
			continue;
		}
		out.push({ text: lines[i]!, line: i + 1 });
	}
	return out;
}

/**
 * Turn a source text into paragraphs: reviewed noise removed, PDF line breaks inside sentences
 * joined (a line continues the one before unless that one ended a sentence, was a heading, or stands alone).
 * Each paragraph keeps the source line it starts on.
 */
export function paragraphsOf(text: string): Paragraph[] {
	// Markdown headings in the conversion mark a line that stands alone; note them before the hashes go.
	const headings = new Set<string>();
	for (const l of text.replace(/\r\n?/g, '\n').split('\n')) if (/^#{1,6}\s/.test(l)) headings.add(stripNoise(l).trim());
	const lines = foldCellRows(stripNoise(text).split('\n'))
		.map((l) => ({ ...l, text: l.text.replace(/^[ \u3000]+|[ \u3000]+$/g, '') }))
		.filter((l) => l.text.trim().length > 0);
	const out: Paragraph[] = [];
	for (const { text: line, line: n } of lines) {
		const prev = out[out.length - 1]?.text;
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
		if (continues) out[out.length - 1]!.text = prev + line;
		else out.push({ text: line, line: n });
	}
	return out;
}

/** The paragraphs' texts only. */
export function toParagraphs(text: string): string[] {
	return paragraphsOf(text).map((p) => p.text);
}
