import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { deadlineCalendar } from '../../src/lib/views/calendar';
import { deadlineItems } from '../../src/lib/views/timeline';
import { viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const ics = deadlineCalendar(corpus, deadlineItems(corpus, '2026-11-23'), { site: 'https://xiangce.example.org', stamp: '2026-11-23' });

describe('deadline calendar (RFC 5545)', () => {
	it('has the required calendar properties and CRLF lines of at most 75 octets', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics).toMatch(/\r\nVERSION:2\.0\r\n/);
		expect(ics).toMatch(/\r\nPRODID:/);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
		for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
	});

	it('parses with ical.js into one all-day event per deadline, linked to its clause', () => {
		const cal = new ICAL.Component(ICAL.parse(ics));
		const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.startDate.toString())).toEqual(['2024-02-28', '2027-01-10']);
		expect(events.every((e) => e.startDate.isDate)).toBe(true);
		expect(events[0]!.endDate.toString()).toBe('2024-02-29');
		expect(events[0]!.uid).toBe('xiang-test-2024-1.3-p1.0@xiangce.example.org');
		expect(events[0]!.summary).toBe('截止：报送推荐书');
		expect(events[0]!.description).toContain('报送至：省教育厅');
		expect(events[0]!.description).toContain('联系人：张三');
		const v = cal.getAllSubcomponents('vevent')[0]!;
		expect(v.getFirstPropertyValue('url')).toBe('https://xiangce.example.org/policies/xiang-test-2024-1/3-p1/');
		expect(v.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-23T00:00:00Z');
	});

	it('is the same file when rebuilt on the same day', () => {
		expect(deadlineCalendar(corpus, deadlineItems(corpus, '2026-11-23'), { site: 'https://xiangce.example.org', stamp: '2026-11-23' })).toBe(ics);
	});
});
