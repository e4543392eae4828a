/**
 * Search filters of a sharded library (./shards), answered from postings written at build time instead of by
 * Pagefind. Pagefind 1.6 counts, on every search, the pages of each loaded filter value against the result list
 * with a linear scan (`get_filters` in pagefind_web: `Vec::contains` per page, twice per search) and sorts with a
 * linear `position` per result: O(filter pages × results). At 10,500 clauses a search naming a unit took 0.5–0.7 s,
 * and once a filter chunk was loaded every later search paid for it as well. So a sharded library never hands
 * Pagefind a filter or a sort: its searches are plain terms, intersected here with the pages of each filter value,
 * and a filter without a term lists the pages themselves, in corpus order (the order the sort would give).
 *
 * Imported by the browser (keep it free of Node modules) and by the build's manifest stage.
 */
import type { PagefindFilter } from './plan';

/** Every clause's filter values, in corpus order (src/pages/search/filter-values.json.ts). */
export interface ClauseFilterValues {
	/** [filter key, value] pairs; clauses refer to them by index. */
	values: [key: string, value: string][];
	clauses: number[][];
}

/** Filter key → value → [postings file, number of pages]. */
export type FilterPostingsIndex = Record<string, Record<string, [file: number, pages: number]>>;

/** The pages of one filter value: their clause positions in the corpus (ascending) and their Pagefind page ids. */
export interface Postings {
	o: number[];
	p: string[];
}

/** Where postings file `n` is served. */
export const postingsPath = (n: number) => `/search/filters/${n}.json`;

/** The postings of every filter value: `pageIds[i]` is the page id of the corpus's clause i (none when not indexed). */
export function buildPostings(table: ClauseFilterValues, pageIds: (string | undefined)[]): { index: FilterPostingsIndex; files: Postings[] } {
	const files: Postings[] = table.values.map(() => ({ o: [], p: [] }));
	table.clauses.forEach((values, i) => {
		const id = pageIds[i];
		if (id === undefined) return;
		for (const v of values) {
			files[v]!.o.push(i);
			files[v]!.p.push(id);
		}
	});
	const index: FilterPostingsIndex = {};
	table.values.forEach(([key, value], v) => ((index[key] ??= {})[value] = [v, files[v]!.o.length]));
	return { index, files };
}

/** A set of pages with their corpus positions, so that a union can be put back in corpus order. */
export type PageSet = Map<string, number>;

const union = (sets: PageSet[]): PageSet => new Map(sets.flatMap((s) => [...s]));
function intersect(sets: PageSet[]): PageSet {
	const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
	if (!smallest) return new Map();
	return new Map([...smallest].filter(([id]) => rest.every((s) => s.has(id))));
}

/**
 * The pages a Pagefind filter object selects, with Pagefind's meaning: the entries of an object all hold; `any`
 * and `all` take a list of filter objects (or, under a key, of values); a list of values under a key must all hold.
 * Undefined for what Pagefind would need the whole library for (`none`, `not`): the caller asks Pagefind instead.
 */
export async function filterPages(filter: PagefindFilter, index: FilterPostingsIndex, postings: (file: number) => Promise<Postings>): Promise<PageSet | undefined> {
	const valuePages = async (key: string, value: string): Promise<PageSet> => {
		const entry = index[key]?.[value];
		if (!entry) return new Map();
		const { o, p } = await postings(entry[0]);
		return new Map(p.map((id, i) => [id, o[i]!]));
	};
	const underKey = async (key: string, v: PagefindFilter[string]): Promise<PageSet | undefined> => {
		if (typeof v === 'string') return valuePages(key, v);
		if (Array.isArray(v)) return all(await Promise.all(v.map((x) => underKey(key, x as PagefindFilter[string]))), intersect);
		const entries = Object.entries(v);
		if (entries.length !== 1) return undefined;
		const [op, inner] = entries[0]!;
		const list = (Array.isArray(inner) ? inner : [inner]) as PagefindFilter[string][];
		const sets = await Promise.all(list.map((x) => underKey(key, x)));
		return op === 'any' ? all(sets, union) : op === 'all' ? all(sets, intersect) : undefined;
	};
	const object = async (f: PagefindFilter): Promise<PageSet | undefined> => {
		const parts = await Promise.all(
			Object.entries(f).map(([k, v]) => {
				if (k === 'any' || k === 'all') {
					const list = (Array.isArray(v) ? v : [v]) as PagefindFilter[];
					return Promise.all(list.map((x) => object(x))).then((sets) => all(sets, k === 'any' ? union : intersect));
				}
				if (k === 'none' || k === 'not') return undefined;
				return underKey(k, v);
			}),
		);
		return parts.length ? all(parts, intersect) : undefined;
	};
	return object(filter);
}

/** Combine sets, or undefined when any of them could not be worked out. */
function all(sets: (PageSet | undefined)[], combine: (s: PageSet[]) => PageSet): PageSet | undefined {
	return sets.every((s): s is PageSet => s !== undefined) ? combine(sets) : undefined;
}

/** Page ids of a set in corpus order. */
export function inCorpusOrder(set: PageSet): string[] {
	return [...set].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}
