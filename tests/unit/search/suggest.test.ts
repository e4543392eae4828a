import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/lib/search/suggest';

const phrases = ['双师型教师', '现场工程师', '技能大师工作室', '湖湘工匠燎原计划', '鲁班工坊', '楚怡名师'];

describe('editDistance', () => {
	it('counts a typed, dropped, added or swapped character as one', () => {
		expect(editDistance('双师形教师', '双师型教师')).toBe(1);
		expect(editDistance('双师教师', '双师型教师')).toBe(1);
		expect(editDistance('鲁班工工坊', '鲁班工坊')).toBe(1);
		expect(editDistance('师双型教师', '双师型教师')).toBe(1);
		expect(editDistance('双师', '双师型教师')).toBe(2);
	});
});

describe('suggest', () => {
	it('offers the known phrase a word of the query misses by one character', () => {
		expect(suggest('双师形教师', phrases)).toEqual([{ query: '双师型教师', from: '双师形教师', to: '双师型教师' }]);
		expect(suggest('技能大使工作室怎么申报', phrases)[0]).toMatchObject({ query: '技能大师工作室怎么申报', to: '技能大师工作室' });
	});
	it('offers nothing for a query that has the phrase, or a word the texts contain', () => {
		expect(suggest('现场工程师', phrases)).toEqual([]);
		expect(suggest('楚怡名室', phrases, (k) => k === '楚怡名室')).toEqual([]);
	});
	it('compares only phrases of three characters or more', () => {
		expect(suggest('学份', ['学分'])).toEqual([]);
	});
});
