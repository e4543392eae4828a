/**
 * Traditional → Simplified conversion for queries, small enough to ship with search.
 *
 * OpenCC (opencc-js) knows every Traditional character and phrase, but its dictionaries weigh ~50 KB gzip. A query
 * word can only match the corpus if its Simplified form is written in the corpus, so at build time
 * `deriveTable` keeps only the conversions whose result is made of characters of the corpus; `makeConverter`
 * applies that table in the browser, longest match first as OpenCC does.
 */
import type { Convert } from './normalize';

export type ConversionTable = Record<string, string>;

/** Source strings (characters and phrases) of an OpenCC dictionary: serialised as `a b|c d e|…`, or pairs. */
export function dictionaryKeys(dict: string | readonly (readonly [string, string])[]): string[] {
	const keys = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0] ?? '') : dict.map(([k]) => k);
	return keys.filter(Boolean);
}

/**
 * The conversions worth shipping: `convert(key)` differs from `key` and every character of the result is used by
 * the corpus. Phrases are kept only where converting them differs from converting their characters one by one.
 */
export function deriveTable(keys: Iterable<string>, convert: Convert, corpusChars: Set<string>): ConversionTable {
	const table: ConversionTable = {};
	const inCorpus = (s: string) => [...s].every((ch) => corpusChars.has(ch));
	const sorted = [...new Set(keys)].sort((a, b) => [...a].length - [...b].length);
	for (const key of sorted) {
		const out = convert(key);
		if (out === key || !inCorpus(out)) continue;
		if ([...key].length > 1 && [...key].map((ch) => convert(ch)).join('') === out) continue;
		table[key] = out;
	}
	return table;
}

/** A converter applying `table`, longest key first at each position; text not in the table is kept. */
export function makeConverter(table: ConversionTable): Convert {
	const longest = Math.max(1, ...Object.keys(table).map((k) => [...k].length));
	return (text) => {
		const chars = [...text];
		let out = '';
		for (let i = 0; i < chars.length; ) {
			let step = 1;
			let replacement = chars[i]!;
			for (let len = Math.min(longest, chars.length - i); len >= 1; len--) {
				const piece = chars.slice(i, i + len).join('');
				const hit = table[piece];
				if (hit !== undefined) {
					step = len;
					replacement = hit;
					break;
				}
			}
			out += replacement;
			i += step;
		}
		return out;
	};
}
