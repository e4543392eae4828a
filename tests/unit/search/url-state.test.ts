import { describe, expect, it } from 'vitest';
import { hasFilters, readState, searchUrl, writeState } from '../../../src/lib/search/url-state';

describe('url-state', () => {
	it('round-trips a search through the URL', () => {
		const state = { q: '双师', filters: { doc: '湘政办发〔2018〕82号', target: '是' } };
		const url = searchUrl(state);
		expect(url.startsWith('/search/?q=')).toBe(true);
		expect(readState(new URL(url, 'https://x').searchParams)).toEqual(state);
	});
	it('ignores unknown and empty parameters', () => {
		expect(readState(new URLSearchParams('q=+a+&doc=&x=1'))).toEqual({ q: 'a', filters: {} });
		expect(writeState({ q: ' ', filters: {} }).toString()).toBe('');
		expect(searchUrl({ q: '', filters: {} })).toBe('/search/');
		expect(hasFilters({ q: '', filters: { topic: '楚怡' } })).toBe(true);
	});
});
