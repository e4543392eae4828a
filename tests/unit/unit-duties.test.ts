import { describe, expect, it } from 'vitest';
import { resolveUnit, unitDuties } from '../../src/lib/views/unit-duties';
import { viewCorpus } from './view-corpus';

const corpus = viewCorpus();
const today = '2026-11-23';

describe('unit duties', () => {
	it('resolves ids, canonical names and aliases to one unit', () => {
		expect(resolveUnit(corpus, 'hrss-dept')?.id).toBe('hrss-dept');
		expect(resolveUnit(corpus, '人社厅')?.id).toBe('hrss-dept');
		expect(resolveUnit(corpus, '各市州教育（体）局')?.id).toBe('city-edu-bureau');
		expect(resolveUnit(corpus, '省民政厅')).toBeUndefined();
		expect(resolveUnit(corpus, '湖南省教育厅')?.id).toBe('edu-dept');
		expect(unitDuties(corpus, '人社厅', today)?.unit.id).toBe('hrss-dept');
		expect(unitDuties(corpus, '无此单位', today)).toBeUndefined();
	});

	it('groups obligations by document, binding modalities first', () => {
		const v = unitDuties(corpus, 'edu-dept', today)!;
		expect(v.docs.map((d) => d.doc.slug)).toEqual(['xiang-test-2023-2', 'xiang-test-2024-1']);
		expect(v.docs[0]!.byModality.map((g) => g.modality)).toEqual(['must', 'encouraged']);
		expect(v.counts.byModality).toMatchObject({ must: 1, encouraged: 1, should: 0 });
	});

	it('lists 责任单位 assignments with lead/co, and the targets they carry', () => {
		const v = unitDuties(corpus, 'hrss-dept', today)!;
		expect(v.docs[0]!.responsible.map((r) => [r.clause.id, r.role])).toEqual([['1', 'co']]);
		expect(v.counts).toMatchObject({ lead: 0, co: 1, targets: 2, obligations: 1 });
		// Clause 2 has no 责任单位: its target is carried by the actors of its obligations.
		expect(unitDuties(corpus, 'enterprise', today)!.docs.flatMap((d) => d.targets.map((t) => t.target.subject))).toEqual(['体系建成']);
	});

	it('carries deadlines the unit delivers or receives', () => {
		const bureau = unitDuties(corpus, 'city-edu-bureau', today)!;
		expect(bureau.docs.at(-1)!.deadlines.map((d) => [d.deadline.date, d.as, d.status])).toEqual([['2024-02-28', 'who', 'past']]);
		expect(unitDuties(corpus, 'edu-dept', today)!.counts.deadlines).toBe(1);
		expect(bureau.counts.documents).toBe(1);
	});

	it('leaves out clauses flagged duplicate: their obligations, targets and deadlines are counted on the original', () => {
		const ent = unitDuties(corpus, 'enterprise', today)!;
		expect(ent.docs.flatMap((d) => d.byModality.flatMap((g) => g.duties.map((x) => x.clause.id)))).not.toContain('4');
		expect(ent.docs.flatMap((d) => d.deadlines.map((x) => x.deadline.what))).toEqual(['提交报告']);
		expect(ent.counts.broader).toBe(0);
	});
});
