/**
 * 您是不是要找: a known phrase (a unit or topic name, a term the texts put in quotation marks, a short clause title;
 * ./lexicon `knownPhrases`) that a word of the query misses by one character — typed, dropped, added or swapped
 * (双师形教师 → 双师型教师, 现场功程师 → 现场工程师, 技能大使工作室 → 技能大师工作室). Phrases shorter than three
 * characters are not compared: one character off a two-character word is another word.
 */
import { matchKey } from './normalize';

/** Optimal-string-alignment distance (Levenshtein plus swapping neighbours), or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 1): number {
	const x = [...a];
	const y = [...b];
	if (Math.abs(x.length - y.length) > limit) return limit + 1;
	const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= x.length; i++) {
		let rowMin = Infinity;
		for (let j = 1; j <= y.length; j++) {
			const cost = x[i - 1] === y[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
			rowMin = Math.min(rowMin, v);
		}
		if (rowMin > limit) return limit + 1;
	}
	return d[x.length]![y.length]!;
}

export interface Suggestion {
	/** The query with the near-miss replaced. */
	query: string;
	/** The words typed that it replaces, and the known phrase. */
	from: string;
	to: string;
}

const MIN_LENGTH = 3;

/**
 * Phrases one edit away from a stretch of `query` that is not itself a known phrase or part of one, at most
 * `max`, the longest phrases first. `present(s)` says whether the texts contain a string (a word found verbatim
 * in them is not a typo, even if close to a phrase).
 */
export function suggest(query: string, phrases: string[], present: (key: string) => boolean = () => false, max = 3): Suggestion[] {
	const chars = [...query];
	const queryKey = matchKey(query);
	const entries = phrases.map((p) => ({ p, key: matchKey(p), chars: [...p] })).filter((e) => e.chars.length >= MIN_LENGTH);
	const known = new Set(entries.map((e) => e.key));
	// One edit leaves the first or the last character in place: look only at phrases that share one of them.
	const byEnd = new Map<string, typeof entries>();
	for (const e of entries) for (const ch of new Set([e.chars[0]!, e.chars.at(-1)!])) (byEnd.get(ch) ?? byEnd.set(ch, []).get(ch)!).push(e);
	const longest = Math.max(0, ...entries.map((e) => e.chars.length));
	// A stretch that is part of a known phrase (工程师 in 现场工程师) is not a typo of another one.
	const partOfPhrase = (key: string) => entries.some((e) => e.key.includes(key));
	const found: (Suggestion & { len: number; at: number })[] = [];
	for (let w = MIN_LENGTH - 1; w <= Math.min(chars.length, longest + 1); w++) {
		for (let i = 0; i + w <= chars.length; i++) {
			const piece = chars.slice(i, i + w);
			const text = piece.join('');
			if (!/\p{Script=Han}/u.test(text)) continue;
			const candidates = new Set([...(byEnd.get(piece[0]!) ?? []), ...(byEnd.get(piece.at(-1)!) ?? [])]);
			for (const e of candidates) {
				if (Math.abs(e.chars.length - w) > 1 || queryKey.includes(e.key) || editDistance(text, e.p) !== 1) continue;
				const key = matchKey(text);
				if (key.length < MIN_LENGTH || known.has(key) || partOfPhrase(key) || present(key)) continue;
				found.push({ query: [...chars.slice(0, i), e.p, ...chars.slice(i + w)].join(''), from: text, to: e.p, len: e.chars.length, at: i });
			}
		}
	}
	// The longest phrase first (it says most), then the earliest.
	found.sort((a, b) => b.len - a.len || a.at - b.at);
	const out: Suggestion[] = [];
	for (const f of found) {
		if (out.some((o) => o.query === f.query)) continue;
		out.push({ query: f.query, from: f.from, to: f.to });
		if (out.length >= max) break;
	}
	return out;
}
