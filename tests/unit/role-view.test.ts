import { describe, expect, it } from 'vitest';
import { roleSection, roleView } from '../../src/lib/views/role-view';
import { testSpec, viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const today = '2026-11-23';
const view = (id: string) => roleView(corpus, id, today, [testSpec])!;
const ids = (v: ReturnType<typeof view>, section: string) => v.sections.find((s) => s.section === section)!.docs.flatMap((d) => d.items.map((i) => `${i.clause.id}:${i.obligation.action}`));

describe('role view', () => {
	it('sorts by wording first: 支持/鼓励/可以 are opportunities wherever they stand', () => {
		const c = corpus.clause.get('xiang-test-2024-1/2-1')!;
		expect(roleSection(c, c.data.obligations[1]!, new Set())).toBe('opportunity');
		expect(roleSection(c, c.data.obligations[0]!, new Set())).toBe('condition');
	});

	it('puts conditions, indicators, forms, notes and the apply clause under conditions', () => {
		const park = view('industrial-park');
		expect(ids(park, 'condition')).toEqual(['2-1:对接产业体系', '3-2:共同填写推荐书', '3-2:每个园区最多申报1个', 'att3:加盖公章', 'att3-notes-1:如实填写']);
		expect(ids(park, 'obligation')).toEqual([]);
		expect(park.applications.map((a) => a.id)).toEqual(['test-call']);
	});

	it('collects opportunities and duties across documents in document order', () => {
		const ent = view('enterprise');
		expect(ent.sections.map((s) => s.count)).toEqual([0, 1, 1]);
		expect(ent.sections[2]!.docs.map((d) => d.doc.slug)).toEqual(['xiang-test-2023-2']);
		expect(ent.deadlines.map((d) => d.deadline.date)).toEqual(['2027-01-10']);
		expect(ent.deadlines[0]!.status).toBe('upcoming');
		expect(ent.applications).toEqual([]);
		expect(ent.total).toBe(2);
	});

	it('lists the documents addressed to the role', () => {
		expect(view('higher-vocational').addressedBy.map((d) => d.slug)).toEqual(['xiang-test-2024-1']);
		expect(roleView(corpus, 'nobody', today)).toBeUndefined();
	});

	it('includes what is addressed to a broader role, labelled by it, and never a duplicate', () => {
		const hv = view('higher-vocational');
		const items = hv.sections.flatMap((s) => s.docs.flatMap((d) => d.items));
		expect(items.filter((i) => i.via).map((i) => [i.clause.id, i.obligation.action, i.via])).toEqual([['3', '与企业合作', 'vocational-school']]);
		expect(hv.broader).toBe(1);
		expect(hv.broaderRoles.map((u) => u.id)).toEqual(['vocational-school']);
		expect(view('vocational-school').total).toBe(1);
		expect(items.some((i) => i.clause.id === '4')).toBe(false);
	});
});
