import { describe, expect, it } from 'vitest';
import { applicationChecklist, yearsIn } from '../../src/lib/views/checklist';
import { applicants, applicationsFor } from '../../src/lib/views/applications';
import { testSpec, viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const list = applicationChecklist(corpus, testSpec, '2026-11-23')!;

describe('application checklist', () => {
	it('reads data years from form text, ranges included', () => {
		expect(yearsIn('2023年 ² 2024年 2025 年')).toEqual([2023, 2024, 2025]);
		expect(yearsIn('2024—2025 年数据为承诺')).toEqual([2024, 2025]);
		expect(yearsIn('不超过200字')).toEqual([]);
	});

	it('takes applicants (roles) and recommenders (bodies) from the apply clause', () => {
		expect(applicants(corpus, testSpec).apply.map((u) => u.id)).toEqual(['industrial-park', 'higher-vocational']);
		expect(list.applicants.map((a) => [a.unit.id, a.duties.map((d) => d.action)])).toEqual([['industrial-park', ['每个园区最多申报1个']], ['higher-vocational', ['牵头学校以楚怡建设单位为主']]]);
		expect(list.recommenders.map((a) => a.unit.id)).toEqual(['city-edu-bureau']);
		expect(list.joint.map((o) => o.action)).toEqual(['共同填写推荐书']);
		expect(applicationsFor(corpus, 'enterprise', [testSpec])).toEqual([]);
	});

	it('derives conditions, indicators under their headings, forms with limits and years, and notes', () => {
		expect(list.goal?.id).toBe('1');
		expect(list.conditions.map((c) => c.id)).toEqual(['2-1']);
		expect(list.indicators.map((g) => [g.heading.id, g.items.map((c) => c.id)])).toEqual([['att2-1', ['att2-1-1', 'att2-1-2']], ['att2-7', []]]);
		expect(list.forms.map((f) => [f.clause.id, f.limits.map((t) => t.value), f.years])).toEqual([['att3', [], []], ['att3-1', [200], [2023, 2024, 2025]]]);
		expect(list.notes.map((c) => c.id)).toEqual(['att3-notes-1']);
	});

	it('carries the deadline with its status', () => {
		expect(list.deadlines.map((d) => [d.deadline.date, d.status, d.deadline.how])).toEqual([['2024-02-28', 'past', ['一式5份', '联系人：张三']]]);
		expect(applicationChecklist(corpus, { ...testSpec, doc: 'xiang-none-2024-1' }, '2026-11-23')).toBeUndefined();
	});
});
