import { describe, expect, it } from 'vitest';
import { compareValues, nextDirection, rowMatches, shownText, sortOrder } from '../../src/lib/views/table-sort';

describe('table sorting and filtering', () => {
	it('compares numbers numerically with blanks last, text by Chinese collation', () => {
		expect(sortOrder(['20', '', '3', '100'], 'number', 'ascending')).toEqual([2, 0, 3, 1]);
		expect(sortOrder(['20', '3', '100'], 'number', 'descending')).toEqual([2, 0, 1]);
		expect(compareValues('湘政函〔2023〕168号', '湘政函〔2023〕168号', 'text')).toBe(0);
		expect(compareValues('a2', 'a10', 'text')).toBeLessThan(0);
	});

	it('keeps ties in their original order', () => {
		expect(sortOrder(['1', '1', '0'], 'number', 'descending')).toEqual([0, 1, 2]);
	});

	it('toggles direction, starting ascending', () => {
		expect([null, 'none', 'ascending', 'descending'].map(nextDirection)).toEqual(['ascending', 'ascending', 'descending', 'ascending']);
	});

	it('filters by all search terms and by exact attribute values', () => {
		const row = { text: '楚怡文化传承基地 20个 湘政函〔2023〕168号', attrs: { doc: 'xiang-zheng-han-2023-168', horizon: 'none' } };
		expect(rowMatches(row, { q: '楚怡 168号', doc: '', horizon: '' })).toBe(true);
		expect(rowMatches(row, { q: '楚怡 技工' })).toBe(false);
		expect(rowMatches(row, { doc: 'xiang-zheng-han-2023-168', horizon: 'none' })).toBe(true);
		expect(rowMatches(row, { horizon: 'by-2025' })).toBe(false);
		expect(shownText(79, 79)).toBe('共 79 项');
		expect(shownText(3, 79)).toBe('显示 3 / 79 项');
	});
});
