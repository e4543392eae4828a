/**
 * Two normal forms of text for search.
 *
 * `normalizeQuery` is what Pagefind is asked: compatibility forms folded (full-width ＡＢＣ１２３％ → ABC123%,
 * （ → (), Traditional characters turned Simplified, white space collapsed.
 *
 * `matchKey` is what exact-substring ranking compares: the same folding, lower case, and no white space or
 * punctuation, because the texts print quotes and pauses that people do not type (“楚怡”文化传承基地 vs
 * 楚怡文化传承基地) and PDF extraction leaves stray spaces (建设 80 个). Symbols that carry meaning in a query
 * stay: % . + × @ _ and a space between two digits or Latin letters (so 1 2 does not become 12).
 */

export type Convert = (text: string) => string;

const identity: Convert = (s) => s;

/** The query as Pagefind should see it. */
export function normalizeQuery(raw: string, toSimplified: Convert = identity): string {
	return toSimplified(raw.normalize('NFKC')).replace(/[\s\u200B]+/g, ' ').trim();
}

const KEEP = new Set(['%', '.', '+', '×', '@', '_']);
const WORDISH = /[0-9a-z]/;

const DROPPED = /[\s\u200B\p{P}\p{S}]/u;
/** Per character, remembered: the test runs for every character of every candidate text. */
const dropped = new Map<string, boolean>();
function isDropped(ch: string): boolean {
	let d = dropped.get(ch);
	if (d === undefined) dropped.set(ch, (d = !KEEP.has(ch) && DROPPED.test(ch)));
	return d;
}

/**
 * The match key of a text, with, for every key character, the index of the text character it came from, so a
 * match found in the key can be highlighted in the text.
 */
export function matchKeyWithPositions(text: string): { key: string; at: number[] } {
	let key = '';
	const at: number[] = [];
	let pendingSpace = false;
	let i = 0;
	for (const original of text) {
		// ASCII needs no compatibility folding (most of a text's digits and spaces; Han is unchanged by NFKC too).
		const folded = original < '\u0080' ? original.toLowerCase() : original.normalize('NFKC').toLowerCase();
		for (const ch of folded) {
			if (/\s/.test(ch)) {
				pendingSpace = true;
				continue;
			}
			if (isDropped(ch)) continue;
			if (pendingSpace && WORDISH.test(ch) && WORDISH.test(key.at(-1) ?? '')) {
				key += ' ';
				at.push(i);
			}
			pendingSpace = false;
			key += ch;
			at.push(i);
		}
		i += original.length;
	}
	return { key, at };
}

/** Match keys of texts compared again and again (clause texts across searches), remembered up to a bound. */
const keys = new Map<string, string>();
const KEY_CACHE = 2000;

/** Punctuation and symbols, except the ones kept (% . + × @ _). */
const DROP_MARKS = /[\u200B\p{P}\p{S}]/gu;
const SPACES = /\s+/g;

/**
 * The match key of a text: the same as `matchKeyWithPositions(text).key` (tested on every clause), computed with
 * regular expressions, since the search compares thousands of texts and needs no positions for most.
 */
export function matchKey(text: string): string {
	let key = keys.get(text);
	if (key === undefined) {
		const folded = text.normalize('NFKC').toLowerCase().replace(DROP_MARKS, (ch) => (KEEP.has(ch) ? ch : ''));
		// A space stays only between two digits or Latin letters.
		key = folded.replace(SPACES, (_, at: number, s: string) => (WORDISH.test(s[at - 1] ?? '') && WORDISH.test(s[at + _.length] ?? '') ? ' ' : '')).trim();
		if (keys.size >= KEY_CACHE) keys.clear();
		keys.set(text, key);
	}
	return key;
}

/** Whether a text contains CJK ideographs (then Pagefind segments it into words). */
export function hasHan(text: string): boolean {
	return /\p{Script=Han}/u.test(text);
}
