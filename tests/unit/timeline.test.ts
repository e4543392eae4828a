import { describe, expect, it } from 'vitest';
import { buildDay, daysBetween, deadlineItems, horizonYears, statusText } from '../../src/lib/views/timeline';
import { targetRows } from '../../src/lib/views/target-rows';
import { viewCorpus } from './view-corpus';

const corpus = viewCorpus();

describe('timeline', () => {
	it('takes the build day in Hunan time, or the pinned day', () => {
		expect(buildDay({}, new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23');
		expect(buildDay({ XIANGCE_TODAY: '2024-02-28' })).toBe('2024-02-28');
		expect(buildDay({ XIANGCE_TODAY: 'soon' }, new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
	});

	it('counts days across months and leap years', () => {
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2026-11-23', '2024-02-28')).toBe(-999);
	});

	it('sorts deadlines by date and states past/today/upcoming relative to the build day', () => {
		const items = deadlineItems(corpus, '2026-11-23');
		expect(items.map((i) => [i.deadline.date, i.status])).toEqual([['2024-02-28', 'past'], ['2027-01-10', 'upcoming']]);
		expect(items[0]!.key).toBe('xiang-test-2024-1/3-p1#0');
		expect(deadlineItems(corpus, '2024-02-28')[0]!.status).toBe('today');
		expect(items.map(statusText)).toEqual(['已过期（999天前）', '还有48天']);
		expect(statusText({ status: 'today', days: 0 })).toBe('今天截止');
	});

	it('groups targets due by a year, which are milestones rather than deadlines', () => {
		const years = horizonYears(targetRows(corpus), '2025-06-01');
		expect(years.map((y) => [y.year, y.status, y.rows.length])).toEqual([[2025, 'current', 1]]);
		expect(horizonYears(targetRows(corpus), '2026-11-23')[0]!.status).toBe('past');
	});
});
