/**
 * Sorting and filtering of a server-rendered table, as pure functions. The page works without them (the table
 * is complete in document order); `src/scripts/enhance-table.ts` wires them to the DOM.
 */

export type SortType = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Compare two cell values; numbers numerically (blank and non-numbers last), text by the Chinese collation. */
export function compareValues(a: string, b: string, type: SortType): number {
	if (type === 'number') {
		const x = Number.parseFloat(a);
		const y = Number.parseFloat(b);
		if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
		return x - y;
	}
	return collator.compare(a, b);
}

/** Row indices in sorted order; ties keep their original order. */
export function sortOrder(values: string[], type: SortType, direction: SortDirection): number[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return values.map((v, i) => ({ v, i })).sort((a, b) => sign * compareValues(a.v, b.v, type) || a.i - b.i).map((x) => x.i);
}

/** A first click sorts ascending; further clicks toggle. */
export function nextDirection(current: string | null): SortDirection {
	return current === 'ascending' ? 'descending' : 'ascending';
}

/**
 * Does a row pass the filter? `q` matches when every space-separated term occurs in the row's text
 * (case-insensitive); any other key must equal the row's attribute of that name, an empty value matching all.
 */
export function rowMatches(row: { text: string; attrs: Record<string, string | undefined> }, filter: Record<string, string>): boolean {
	const text = row.text.toLowerCase();
	for (const [key, value] of Object.entries(filter)) {
		if (!value) continue;
		if (key === 'q') {
			if (!value.toLowerCase().split(/\s+/).filter(Boolean).every((term) => text.includes(term))) return false;
		} else if (row.attrs[key] !== value) return false;
	}
	return true;
}

/** `显示 12 / 79 项`. */
export const shownText = (shown: number, total: number): string => (shown === total ? `共 ${total} 项` : `显示 ${shown} / ${total} 项`);
