import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { obligationsBinding, obligationsBindingAmong } from '../../src/lib/corpus';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { clausesNaming } from '../../src/lib/corpus/unit-index';
import { clausesApplying, clausesApplyingAmong } from '../../src/lib/views/applies';

/**
 * Per-unit views look only at the clauses that name the unit or a broader one (src/lib/corpus/unit-index.ts). The rule
 * applied to every clause must give the same answer, for every unit and role of the real corpus.
 */
const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));

describe('the unit index', () => {
	it('gives, for every unit, the same obligations and applying clauses as a scan of every clause', () => {
		const differ: string[] = [];
		for (const u of corpus.units) {
			if (JSON.stringify(obligationsBinding(corpus, u.id)) !== JSON.stringify(obligationsBindingAmong(corpus, u.id, corpus.clauses))) differ.push(`${u.id}: obligationsBinding`);
			if (JSON.stringify(clausesApplying(corpus, u.id)) !== JSON.stringify(clausesApplyingAmong(corpus, u.id, corpus.clauses))) differ.push(`${u.id}: clausesApplying`);
		}
		expect(differ).toEqual([]);
		expect(clausesApplying(corpus, 'edu-dept').length).toBeGreaterThan(50);
	});

	it('lists the clauses naming any of several units once each, in corpus order', () => {
		const ids = corpus.hierarchy.appliesVia('higher-vocational');
		const got = clausesNaming(corpus, ids).map((c) => c.key);
		const names = (c: (typeof corpus.clauses)[number]) => [...c.data.obligations.flatMap((o) => o.actors), ...c.data.responsible.map((r) => r.unit), ...c.data.deadlines.flatMap((d) => [...d.who, ...d.to])];
		expect(got).toEqual(corpus.clauses.filter((c) => names(c).some((id) => ids.includes(id))).map((c) => c.key));
		expect(ids.length).toBeGreaterThan(1);
	});

	it('answers the same question with the same array (computed once per corpus and unit)', () => {
		expect(clausesApplying(corpus, 'edu-dept')).toBe(clausesApplying(corpus, 'edu-dept'));
		expect(clausesApplying(corpus, 'no-such-unit')).toEqual([]);
	});
});
