import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDataFromDisk } from '../../src/lib/corpus/from-disk';
import { RATING_LABEL } from '../../src/lib/schema/industry-layout';
import { LAYOUT_SOURCE, clausesMentioning } from '../../src/lib/views/industry';
import { APPLICATIONS } from '../../src/lib/views/applications';
import { applicationChecklist } from '../../src/lib/views/checklist';
import { unitDuties } from '../../src/lib/views/unit-duties';
import { roleView } from '../../src/lib/views/role-view';
import { targetRows } from '../../src/lib/views/target-rows';

/** The views over the real content: what the pages will show. */
const root = join(import.meta.dirname, '../..');
const { corpus, industryLayout } = siteDataFromDisk(root);
const layout = industryLayout!;
const today = '2026-11-23';

describe('content/datasets/industry-layout.yaml', () => {
	it('parses, and its printed totals agree with its ratings (no quality flag)', () => {
		expect(layout.cities).toHaveLength(14);
		expect(layout.industries).toHaveLength(16);
		expect(layout.quality).toEqual([]);
	});

	it('transcribes the 附件1 table cell by cell', () => {
		const source = corpus.clause.get(`${LAYOUT_SOURCE.doc}/${LAYOUT_SOURCE.clause}`)!;
		const rows = source.text.split('\n').filter((l) => l.includes('\t')).map((l) => l.split('\t'));
		const cityRow = rows[1]!;
		expect(cityRow.slice(2, 2 + layout.cities.length)).toEqual(layout.cities);
		const STARS: Record<string, number> = { '★★★': 3, '★★': 2 };
		for (const ind of layout.industries) {
			const row = rows.find((r) => r[1] === `${ind.code}: ${ind.name}`);
			expect(row, ind.code).toBeDefined();
			const printed = Object.fromEntries(layout.cities.flatMap((c, i) => (row![2 + i] ? [[c, STARS[row![2 + i]!]]] : [])));
			expect(printed, ind.code).toEqual(ind.ratings);
			expect(Number(row!.at(-1)), ind.code).toBe(ind.printedCount);
		}
		const totals = rows.find((r) => r[0]!.startsWith('各产业市州布局数量'))!;
		expect(Object.fromEntries(layout.cities.map((c, i) => [c, Number(totals[2 + i])]))).toEqual(layout.cityTotals);
		expect(source.text).toContain(`注：${RATING_LABEL[3]}★★★，${RATING_LABEL[2]}★★`);
	});

	it('is referred to by the clauses on the 4×4 system', () => {
		expect(clausesMentioning(corpus, layout, (m) => m.system).map((c) => c.key)).toEqual(expect.arrayContaining(['xiang-jiao-tong-2024-23/2-1', 'xiang-jiao-tong-2024-23/3-1', 'xiang-jiao-tong-2024-23/3-3']));
	});
});

describe('the 市域产教联合体 checklist', () => {
	const list = applicationChecklist(corpus, APPLICATIONS[0]!, today)!;

	it('names the applicants (园区, 牵头学校, 牵头企业) and the recommending 市州教育（体）局', () => {
		expect(list.applicants.map((a) => a.unit.id)).toEqual(['industrial-park', 'higher-vocational', 'leading-enterprise']);
		expect(list.recommenders.map((a) => a.unit.id)).toEqual(['city-edu-bureau']);
		expect(list.joint.length).toBeGreaterThan(0);
	});

	it('has the six 条件要求, the 观测点 of 附件2, and the parts of 附件3 with their word limits', () => {
		expect(list.conditions.map((c) => c.id)).toEqual(['2-1', '2-2', '2-3', '2-4', '2-5', '2-6']);
		expect(list.indicators.map((g) => g.heading.id)).toEqual(['att2-1', 'att2-2', 'att2-3', 'att2-4', 'att2-5', 'att2-6', 'att2-7']);
		expect(list.indicators.reduce((n, g) => n + g.items.length, 0)).toBe(25);
		const limits = Object.fromEntries(list.forms.map((f) => [f.clause.id, f.limits.map((t) => t.value)]));
		expect(limits).toMatchObject({ 'att3-1': [200, 500], 'att3-2': [100, 200, 200, 100], 'att3-3': [2000], 'att3-4': [1000] });
		expect(list.forms.find((f) => f.clause.id === 'att3-2')!.years).toEqual([2022, 2023]);
	});

	it('carries the deadline, where to send and whom to contact', () => {
		expect(list.deadlines).toHaveLength(1);
		const d = list.deadlines[0]!;
		expect([d.deadline.date, d.status, d.clause.id]).toEqual(['2024-02-28', 'past', '3-p1']);
		expect(d.deadline.how.join(' ')).toMatch(/hnzcc908@163\.com.*联系人/);
	});
});

describe('views for every unit and role', () => {
	it('builds a duty view for every unit and a role view for every role', () => {
		for (const u of corpus.units) {
			expect(unitDuties(corpus, u.id, today), u.id).toBeDefined();
			if (u.type === 'role') expect(roleView(corpus, u.id, today), u.id).toBeDefined();
		}
		// 省人力资源社会保障厅 through one of its aliases: the same view.
		expect(unitDuties(corpus, '人社厅', today)!.counts).toEqual(unitDuties(corpus, 'hrss-dept', today)!.counts);
	});

	it('lists every target once', () => {
		expect(targetRows(corpus)).toHaveLength(corpus.clauses.reduce((n, c) => n + c.data.targets.length, 0));
	});
});
