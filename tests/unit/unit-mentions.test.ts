import { describe, expect, it } from 'vitest';
import { unitResolver } from '../../src/lib/corpus/units';
import { unitSchema } from '../../src/lib/schema';
import { UNITS } from './rules/input';

const units = [...UNITS, { id: 'local-gov', name: '地方人民政府', type: 'body', level: 'any', aliases: ['各地', '地方政府'] }, { id: 'finance-authorities', name: '财政部门', type: 'body', level: 'any' }].map((u) => unitSchema.parse(u));
const r = unitResolver(units);
const named = (text: string, issuers?: string[]) => r.mentions(text, issuers).map((m) => `${m.name}→${m.id}`);

describe('unit mentions in running text', () => {
	it('finds names and aliases, the longest winning', () => {
		expect(named('支持职业学校与企业合作，高职院校参与')).toEqual(['职业学校→vocational-school', '企业→enterprise', '高职院校→higher-vocational']);
		expect(named('各市州教育（体）局要认真组织')).toEqual(['各市州教育（体）局→city-edu-bureau']);
	});
	it('reads each item of a list of sectors ending in 部门 as that sector’s 部门', () => {
		expect(named('会同发展改革、财政等部门')).toEqual(['发展改革→drc-authorities', '财政→finance-authorities']);
		expect(named('各级财政部门')).toEqual(['财政→finance-authorities']);
		expect(r.resolve('发展改革')).toBe('drc-authorities');
	});
	it('reads 我厅 as the issuer, and never leaves a one-character name behind (各地 is not 地)', () => {
		expect(named('择优向我厅推荐', ['edu-dept'])).toEqual(['我厅→edu-dept']);
		expect(named('择优向我厅推荐')).toEqual([]);
		expect(named('各地要结合本地实际')).toEqual(['各地→local-gov']);
	});
	it('resolves a generic name at a tier, and leaves the others alone', () => {
		expect(r.resolveAt('发展改革', 'city')).toBe('city-drc');
		expect(r.resolveAt('发展改革', 'province')).toBe('drc');
		expect(r.resolveAt('发展改革', 'county')).toBe('drc-authorities');
		expect(r.resolveAt('高职院校', 'city')).toBe('higher-vocational');
	});
});
