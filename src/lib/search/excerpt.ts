/**
 * Result excerpts that highlight what matched as a whole. Pagefind highlights each segmented word it matched,
 * which for Chinese means single characters all over the text; here the query's parts (or, failing that, the runs
 * of two or more of its characters) are marked where they occur, found on match keys so 楚怡文化传承基地 marks
 * “楚怡”文化传承基地.
 */
import { matchKey, matchKeyWithPositions } from './normalize';
import { coveringRuns } from './rank';

/**
 * Pagefind's indexed text with the full stops it adds where a block (a paragraph, a table cell) ends without
 * punctuation (湖南省教育厅. 2024 年…) taken out again; the texts end their sentences with 。, so a `.` right after a
 * Chinese character or closing bracket is Pagefind's, while 1. and 3.1 stay.
 */
export function withoutBlockStops(text: string): string {
	return text.replace(/(?<=[\p{Script=Han}）)”」》])\.(?=\s|$)/gu, '').trim();
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** [start, end) ranges of `text` where the needles (match keys) occur, merged and sorted. */
export function highlightRanges(text: string, needles: string[]): [number, number][] {
	const { key, at } = matchKeyWithPositions(text);
	const toText = (a: number, b: number): [number, number] => [at[a]!, at[b - 1]! + 1];
	const ranges: [number, number][] = [];
	const exact = needles.filter((n) => n && key.includes(n));
	const pieces = exact.length
		? exact
		: needles.flatMap((n) => coveringRuns(n, key).map(([a, b]) => n.slice(a, b))).filter((p) => [...p].length >= 2);
	for (const p of pieces) {
		for (let i = key.indexOf(p); i >= 0; i = key.indexOf(p, i + p.length)) ranges.push(toText(i, i + p.length));
	}
	ranges.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([...r]);
	}
	return merged;
}

/** The [start, end) range of `text` where `quote` (compared on match keys) first occurs, if it does. */
export function quoteRange(text: string, quote: string): [number, number] | undefined {
	const q = matchKey(quote);
	if (!q) return undefined;
	const { key, at } = matchKeyWithPositions(text);
	const i = key.indexOf(q);
	return i < 0 ? undefined : [at[i]!, at[i + q.length - 1]! + 1];
}

export interface ExcerptOptions {
	/** About this many characters. */
	length?: number;
	/** Words of the text that answer the question (a fact's quote): the excerpt is centred on them and marks them. */
	answer?: string;
}

/**
 * An HTML excerpt of about `length` characters around the answer, or else the first highlighted range (or from the
 * start), escaped, with <mark> around the ranges, <mark class="answer"> around the answer, and … where it was cut.
 */
export function makeExcerpt(text: string, needles: string[], opts: number | ExcerptOptions = {}): string {
	const { length = 90, answer } = typeof opts === 'number' ? { length: opts } : opts;
	const plain = text.replace(/\s+/g, ' ').trim();
	const ranges = highlightRanges(plain, needles);
	const answerRange = answer ? quoteRange(plain, answer) : undefined;
	const focus = answerRange ?? ranges[0];
	// An answer longer than the excerpt starts it; otherwise the excerpt leads into the match a little.
	const lead = answerRange ? Math.max(0, Math.floor((length - (answerRange[1] - answerRange[0])) / 3)) : Math.floor(length / 4);
	let start = focus ? Math.max(0, focus[0] - lead) : 0;
	const end = Math.min(plain.length, Math.max(start + length, answerRange ? Math.min(answerRange[1], start + length * 2) : 0));
	start = Math.max(0, Math.min(start, end - length));
	// Cut points: every range boundary inside the excerpt.
	const cuts = new Set([start, end]);
	for (const [a, b] of [...ranges, ...(answerRange ? [answerRange] : [])]) for (const x of [a, b]) if (x > start && x < end) cuts.add(x);
	const points = [...cuts].sort((a, b) => a - b);
	const inside = (x: number, rs: [number, number][]) => rs.some(([a, b]) => x >= a && x < b);
	let html = start > 0 ? '…' : '';
	let openAnswer = false;
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i]!, points[i + 1]!];
		const isAnswer = answerRange ? inside(a, [answerRange]) : false;
		if (isAnswer && !openAnswer) html += '<mark class="answer">';
		if (!isAnswer && openAnswer) html += '</mark>';
		openAnswer = isAnswer;
		const piece = escapeHtml(plain.slice(a, b));
		html += inside(a, ranges) ? `<mark>${piece}</mark>` : piece;
	}
	if (openAnswer) html += '</mark>';
	return html + (end < plain.length ? '…' : '');
}
