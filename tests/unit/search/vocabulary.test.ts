import { describe, expect, it } from 'vitest';
import { expandHits, findTerms, withoutHits, type TermEntry } from '../../../src/lib/search/vocabulary';

const entries: TermEntry[] = [
	{ kind: 'unit', id: 'hrss-dept', name: '省人力资源社会保障厅', terms: ['省人力资源社会保障厅', '人社厅', '省人社厅'] },
	{ kind: 'unit', id: 'consortium', name: '市域产教联合体', terms: ['市域产教联合体', '产教联合体', '联合体'] },
	{ kind: 'topic', id: 'industry-education-consortium', name: '产教联合体', terms: ['产教联合体', '市域产教联合体', '联合体'] },
	{ kind: 'topic', id: 'dual-qualified-teachers', name: '双师型教师', terms: ['双师型教师', '双师'] },
	{ kind: 'topic', id: 'skill-certificates', name: '职业技能等级证书', terms: ['职业技能等级证书', '1+X'] },
	{ kind: 'unit', id: 'x', name: '厅', terms: ['厅'] },
];

describe('findTerms', () => {
	it('takes the longest words, without overlaps', () => {
		const hits = findTerms('省人社厅 双师', entries);
		expect(hits.map((h) => [h.entry.id, h.matched])).toEqual([
			['hrss-dept', '省人社厅'],
			['dual-qualified-teachers', '双师'],
		]);
	});
	it('keeps a unit and a topic named by the same words', () => {
		expect(findTerms('产教联合体', entries).map((h) => h.entry.id)).toEqual(['consortium', 'industry-education-consortium']);
	});
	it('ignores one-character words and letter case', () => {
		expect(findTerms('厅', entries)).toEqual([]);
		expect(findTerms('1+x', entries).map((h) => h.entry.name)).toEqual(['职业技能等级证书']);
	});
});

describe('expandHits and withoutHits', () => {
	const q = '人社厅 双师 培训';
	const hits = findTerms(q, entries);
	it('writes the canonical names in', () => {
		expect(expandHits(q, hits)).toBe('省人力资源社会保障厅 双师型教师 培训');
	});
	it('leaves the other words', () => {
		expect(withoutHits(q, hits)).toBe('培训');
		expect(withoutHits('产教联合体 章程', findTerms('产教联合体 章程', entries))).toBe('章程');
	});
});
