import { describe, expect, it } from 'vitest';
import { formLimitText, horizonMatrix, horizonOf, targetCarriers, targetRows, targetValueText } from '../../src/lib/views/target-rows';
import { viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const base = { subject: 'x', value: 1, unit: '个', approx: false, comparator: 'exact' as const, quote: '1个' };

describe('target rows', () => {
	it('labels and orders horizons: years, then durations, recurrences, none', () => {
		const by = horizonOf({ ...base, period: { kind: 'by', year: 2025, words: '到“十四五”末' } });
		const within = horizonOf({ ...base, period: { kind: 'within', months: 36, words: '用3年' } });
		const every = horizonOf({ ...base, period: { kind: 'every', months: 60, words: '每5年' } });
		const yearly = horizonOf({ ...base, period: { kind: 'every', months: 12, words: '每年' } });
		const none = horizonOf(base);
		expect([by.label, within.label, every.label, yearly.label, none.label]).toEqual(['到2025年', '3年内', '每5年', '每年', '未定时限']);
		expect([by, within, yearly, none].map((h) => h.sortKey)).toEqual([...[by, within, yearly, none].map((h) => h.sortKey)].sort((a, b) => a - b));
		expect(horizonOf({ ...base, period: { kind: 'every', months: 6, words: '每半年' } }).label).toBe('每6个月');
	});

	it('says values as a reader would', () => {
		expect(targetValueText({ ...base, value: 1000, unit: '人', comparator: 'at-least' })).toBe('不少于1000人');
		expect(targetValueText({ ...base, value: 20, approx: true })).toBe('20个左右');
		expect(targetValueText({ ...base, value: 200, unit: '字', comparator: 'at-most' })).toBe('不超过200字');
	});

	it('takes carriers from 责任单位 (lead first), else from the obligations', () => {
		expect(targetCarriers(corpus.clause.get('xiang-test-2023-2/1')!)).toEqual({ units: ['edu-dept', 'hrss-dept'], source: 'responsible' });
		expect(targetCarriers(corpus.clause.get('xiang-test-2023-2/2')!)).toEqual({ units: ['enterprise'], source: 'actors' });
		expect(targetCarriers(corpus.clause.get('xiang-test-2024-1/att3-1')!)).toEqual({ units: [], source: 'none' });
	});

	it('lists every target once, in document order, and counts them per document and horizon', () => {
		const rows = targetRows(corpus);
		expect(rows.map((r) => r.key)).toEqual(['xiang-test-2023-2/1#0', 'xiang-test-2023-2/1#1', 'xiang-test-2023-2/2#0', 'xiang-test-2024-1/1#0', 'xiang-test-2024-1/3-2#0']);
		const m = horizonMatrix(corpus, rows);
		expect(m.buckets.map((b) => b.label)).toEqual(['到2025年', '限期内完成', '周期性', '未定时限']);
		expect(m.rows.map((r) => [r.doc.slug, r.total, r.counts.none])).toEqual([['xiang-test-2023-2', 3, 1], ['xiang-test-2024-1', 2, 1]]);
	});

	it('holds policy targets only: no form limits, nothing from a duplicated clause', () => {
		const subjects = targetRows(corpus).map((r) => r.target.subject);
		expect(subjects).not.toContain('重复的目标');
		expect(subjects.some((x) => x.includes('主导产业'))).toBe(false);
		expect(formLimitText({ field: 'x', kind: 'length', value: 200, unit: '字', comparator: 'at-most', quote: '(不超过200字)' })).toBe('不超过200字');
		expect(formLimitText({ field: 'x', kind: 'layout', comparator: 'exact', quote: '字号为小四号' })).toBe('字号为小四号');
	});
});
