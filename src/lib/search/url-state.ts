/**
 * A search as a URL, so it can be shared and bookmarked: `/search/?q=双师&doc=湘政办发〔2018〕82号&target=是`.
 * The search page's form submits the same parameters without JavaScript.
 */
import { FILTER_KEYS, type FilterKey } from './facets';

export const SEARCH_PATH = '/search/';

export interface SearchState {
	q: string;
	filters: Partial<Record<FilterKey, string>>;
}

export function readState(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	return { q: (params.get('q') ?? '').trim(), filters };
}

export function writeState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of FILTER_KEYS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	return params;
}

/** `/search/?…` for a state; `/search/` when it is empty. */
export function searchUrl(state: SearchState): string {
	const query = writeState(state).toString();
	return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

export function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some(Boolean);
}
