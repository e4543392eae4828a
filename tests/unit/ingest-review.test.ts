import { describe, expect, it } from 'vitest';
import { applyDecisions, describe as describeFact, proposedFacts, select, type Decision } from '../../src/lib/ingest/review';
import { splitFrontmatter } from '../../src/lib/content/read';
import { parse } from 'yaml';

const clause = `---
doc: xiang-test-2024-1
label: 一、
kind: task
order: 1
# a person's note stays
obligations:
  - actors: [edu-dept]
    action: 建设基地
    modality: should
    quote: 建设 20 个基地
    review: proposed
targets:
  - subject: 基地
    value: 20
    unit: 个
    quote: 20 个基地
    review: proposed
  - subject: 名师
    value: 100
    unit: 名
    quote: 100 名名师
responsible: []
deadlines: []
topics: []
refs: []
quality: []
---

建设 20 个基地，培养 100 名名师。
`;

describe('review', () => {
	it('lists proposed facts only, with stable keys', () => {
		const facts = proposedFacts(clause, '1');
		expect(facts.map((f) => f.key)).toEqual(['1:obligations.0', '1:targets.0']);
		expect(describeFact(facts[1]!)).toBe('基地: 20个');
	});
	it('accepting removes the review field and keeps everything else as it was', () => {
		const out = applyDecisions(clause, '1', new Map<string, Decision>([['1:targets.0', 'accept']]));
		expect(out).toBe(clause.replace('    quote: 20 个基地\n    review: proposed\n', '    quote: 20 个基地\n'));
		expect(proposedFacts(out, '1').map((f) => f.key)).toEqual(['1:obligations.0']);
	});
	it('dropping removes the fact; curated facts and the clause text are untouched', () => {
		const out = applyDecisions(clause, '1', new Map<string, Decision>([['1:obligations.0', 'drop'], ['1:targets.0', 'drop'], ['1:targets.1', 'drop']]));
		const front = parse(splitFrontmatter(out)!.yaml);
		expect(front.obligations).toEqual([]);
		expect(front.targets.map((t: { subject: string }) => t.subject)).toEqual(['名师']);
		expect(splitFrontmatter(out)!.body).toBe(splitFrontmatter(clause)!.body);
		expect(out).toContain("# a person's note stays");
	});
	it('reviews a document file’s quality flags', () => {
		const doc = 'number: 湘测〔2024〕1号\nquality:\n  - kind: missing-date\n    note: 成文日期原文未载。\n    review: proposed\norder: 0\n';
		expect(proposedFacts(doc, 'doc').map((f) => f.key)).toEqual(['doc:quality.0']);
		expect(applyDecisions(doc, 'doc', new Map([['doc:quality.0', 'accept']]))).not.toContain('review');
	});
	it('selects by all, kind, clause and key, and reports selectors that match nothing', () => {
		const facts = [...proposedFacts(clause, '1'), ...proposedFacts(clause.replace(/doc: .*/, 'doc: x'), '2')];
		expect(select(facts, ['targets']).chosen.map((f) => f.key)).toEqual(['1:targets.0', '2:targets.0']);
		expect(select(facts, ['2']).chosen).toHaveLength(2);
		expect(select(facts, ['1:obligations.0,2:targets.0']).chosen).toHaveLength(2);
		expect(select(facts, ['all']).chosen).toHaveLength(4);
		expect(select(facts, ['9:targets.0']).unknown).toEqual(['9:targets.0']);
	});
});
