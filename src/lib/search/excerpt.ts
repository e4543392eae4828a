/**
 * Result excerpts that highlight what matched as a whole. Pagefind highlights each segmented word it matched,
 * which for Chinese means single characters all over the text; here the query's parts (or, failing that, the runs
 * of two or more of its characters) are marked where they occur, found on match keys so 楚怡文化传承基地 marks
 * “楚怡”文化传承基地.
 */
import { matchKeyWithPositions } from './normalize';
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

/**
 * An HTML excerpt of about `length` characters around the first highlighted range (or from the start), escaped,
 * with <mark> around the ranges and … where it was cut.
 */
export function makeExcerpt(text: string, needles: string[], length = 90): string {
	const plain = text.replace(/\s+/g, ' ').trim();
	const ranges = highlightRanges(plain, needles);
	const first = ranges[0];
	let start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0;
	const end = Math.min(plain.length, start + length);
	start = Math.max(0, Math.min(start, end - length));
	let html = start > 0 ? '…' : '';
	let at = start;
	for (const [a, b] of ranges) {
		if (b <= start || a >= end) continue;
		const from = Math.max(a, start);
		const to = Math.min(b, end);
		html += escapeHtml(plain.slice(at, from)) + '<mark>' + escapeHtml(plain.slice(from, to)) + '</mark>';
		at = to;
	}
	html += escapeHtml(plain.slice(at, end)) + (end < plain.length ? '…' : '');
	return html;
}
