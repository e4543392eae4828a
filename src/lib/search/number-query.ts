/**
 * A query that is a quantity (6000, 12000元, 0.5%, 112所, 1,000 名) asks for the target that has it. Targets are
 * indexed under the `value` filter with the number written as `String(value)`, whether the text wrote it in
 * Arabic or Chinese numerals, so the query's number is written the same way here.
 */

/** The filter every clause page declares with its targets' numbers (not offered as a choice on the search page). */
export const VALUE_FILTER = 'value';

export interface NumberQuery {
	/** The number as the `value` filter writes it (`0.5`, `12000`). */
	value: string;
	/** The measure word or unit that followed it (元, %, 所), if any. */
	unit?: string;
}

/** The quantity a whole query asks for, or undefined when the query is not just a quantity. */
export function parseNumberQuery(query: string): NumberQuery | undefined {
	// The measure is a character or two (元, 所, 名) or %: 1+X is not the number 1.
	const m = query.trim().match(/^(\d[\d,]*(?:\.\d+)?)\s*(%|\p{Script=Han}{1,2})?$/u);
	if (!m) return undefined;
	const n = Number(m[1]!.replace(/,/g, ''));
	if (!Number.isFinite(n)) return undefined;
	return m[2] ? { value: String(n), unit: m[2] } : { value: String(n) };
}

/** The `value` filter entry of a target. */
export function targetValue(value: number): string {
	return String(value);
}
