/** Where a quote is in a clause text, and the sentence around it: shared by the data rules. */

/** Ends a sentence: a full stop, a semicolon, a line. */
const SENTENCE_END = /[。；！？\n]/u;
/** Ends a clause within a sentence as well: commas and colons. */
const PHRASE_END = /[。；！？\n，：]/u;

export interface Span {
	start: number;
	end: number;
}

/**
 * The span of a quote in a text: exactly, or (for a quote whose white space differs, which the verbatim rule
 * reports on its own) ignoring white space on both sides.
 */
export function locate(quote: string, text: string, from = 0): Span | undefined {
	const exact = text.indexOf(quote, from);
	if (exact >= 0) return { start: exact, end: exact + quote.length };
	const q = quote.replace(/\s+/gu, '');
	if (!q) return undefined;
	// Map each non-space character of the text to its offset, search the squashed text, map back.
	const offsets: number[] = [];
	let squashed = '';
	for (let i = from; i < text.length; i++) {
		if (/\s/u.test(text[i]!)) continue;
		offsets.push(i);
		squashed += text[i];
	}
	const at = squashed.indexOf(q);
	return at < 0 ? undefined : { start: offsets[at]!, end: offsets[at + q.length - 1]! + 1 };
}

function around(text: string, span: Span, end: RegExp): Span {
	let start = span.start;
	while (start > 0 && !end.test(text[start - 1]!)) start--;
	let stop = span.end;
	while (stop < text.length && !end.test(text[stop]!)) stop++;
	return { start, end: Math.min(text.length, stop + 1) };
}

/** The sentence (up to 。；！？ or a line end) that holds a span. */
export const sentenceOf = (text: string, span: Span): Span => around(text, span, SENTENCE_END);

/** The words from the last comma, colon or sentence end before a span up to its start. */
export function phraseBefore(text: string, span: Span): string {
	let start = span.start;
	while (start > 0 && !PHRASE_END.test(text[start - 1]!)) start--;
	return text.slice(start, span.start);
}

/** The sentences of a text, with their offsets. */
export function sentences(text: string): (Span & { text: string })[] {
	const out: (Span & { text: string })[] = [];
	let start = 0;
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || SENTENCE_END.test(text[i]!)) {
			const s = text.slice(start, i + 1);
			if (s.trim()) out.push({ start, end: Math.min(i + 1, text.length), text: s });
			start = i + 1;
		}
	}
	return out;
}
