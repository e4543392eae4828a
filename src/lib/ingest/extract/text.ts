/** Text helpers shared by the extractors: splitting outside brackets and quotation marks. */

const OPENERS = '（(《“‘「【[［';
const CLOSERS = '）)》”’」】]］';

/** Split `text` at any of `seps` that is not inside brackets or quotation marks; separators are dropped. */
export function splitOutside(text: string, seps: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (OPENERS.includes(ch)) depth++;
		else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && seps.includes(ch)) {
			out.push(text.slice(start, i));
			start = i + 1;
		}
	}
	out.push(text.slice(start));
	return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** Sentences: text between 。；！？, line breaks and table tabs. */
export function sentences(text: string): string[] {
	return text.split(/[\n\t]+/).flatMap((l) => splitOutside(l, '。；;！？!?'));
}

/** Comma pieces of a sentence. */
export function pieces(sentence: string): string[] {
	return splitOutside(sentence, '，,：:');
}

/** Remove white space (PDF line breaks and spacing are layout, not wording). */
export const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** Character bigrams of a text, white space removed. */
export function bigrams(s: string): string[] {
	const t = squash(s);
	const out: string[] = [];
	for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
	return out;
}

/** Dice similarity of two texts over character bigrams, 0..1. */
export function dice(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	if (!x.length || !y.length) return 0;
	const counts = new Map<string, number>();
	for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
	let common = 0;
	for (const g of y) {
		const n = counts.get(g) ?? 0;
		if (n > 0) {
			common++;
			counts.set(g, n - 1);
		}
	}
	return (2 * common) / (x.length + y.length);
}

/** Cut a long phrase at its last comma piece that keeps it under `max` characters. */
export function shorten(s: string, max: number): string {
	if (s.length <= max) return s;
	const parts = pieces(s);
	let out = '';
	for (const p of parts) {
		const next = out ? `${out}，${p}` : p;
		if (next.length > max) break;
		out = next;
	}
	return out && s.includes(out) ? out : s.slice(0, max);
}
