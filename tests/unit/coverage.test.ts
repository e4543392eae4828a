import { describe, expect, it } from 'vitest';
import { directiveCoverage, needsFacts, uncoveredDirectives } from '../../src/lib/content/coverage';
import { coverageExcused } from '../../src/lib/content/coverage-exceptions';
import { ob, ruleInput } from './rules/input';

describe('directive coverage', () => {
	const [c] = ruleInput([
		{
			id: '1',
			title: '推进校企合作',
			text: '推进校企合作。鼓励企业参与办学，支持学校建设基地。可以申请补贴。',
			obligations: [ob(['enterprise'], 'encouraged', '企业参与办学'), ob(['enterprise'], 'supported', '支持学校建设基地')],
		},
	]).clauses;
	it('names the directive words no obligation states, skipping the heading', () => {
		// 鼓励 governs the quote that follows it; 支持 is in its quote; 可以 has no obligation.
		expect(uncoveredDirectives(c!).map((w) => w.word)).toEqual(['可以']);
		expect(needsFacts('鼓励参与')).toEqual(['directive word “鼓励”']);
	});
	it('leaves out duplicates, and annex rows whose tasks are curated where they are cited', () => {
		const input = ruleInput([
			{ id: '1', text: '可以申请。', quality: [{ kind: 'duplicate', note: '重复', of: '2' }] },
			{ id: '2', text: '可以申请。' },
			{ id: 'att1-1', kind: 'table-row', text: '鼓励企业参与。' },
			{ id: '3', text: '参与。', responsible: [{ unit: 'edu-dept', role: 'lead', via: 'att1-1', quote: '省教育厅' }] },
		]);
		expect(directiveCoverage(input.clauses).map((x) => x.clause)).toEqual(['xiang-test-2024-1/2']);
	});
	it('excuses a whole clause or the words inside a quoted excerpt, and reports stale keys', () => {
		const clauses = [{ doc: 'd', id: '1', text: '人人皆可成才；可以申请。' }];
		const ex = coverageExcused({ 'd/1 “人人皆可成才”': '描述', 'd/2': '无此条', 'd/1 “不在文中”': '无此句' }, clauses);
		expect(ex.word('d/1', 3)).toBe(true);
		expect(ex.word('d/1', 7)).toBe(false);
		expect(ex.stale([{ clause: 'd/1', words: [{ index: 3 }, { index: 7 }] }], [])).toEqual(['d/2', 'd/1 “不在文中”']);
	});
});
