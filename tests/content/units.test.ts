import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { unitResolver } from '../../src/lib/corpus/units';
import { unitHierarchy } from '../../src/lib/corpus/hierarchy';

const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));
const units = unitResolver([...content.units.values()]);

describe('the unit alias table (content/units.yaml)', () => {
	it('has no name that means two units', () => {
		expect(units.conflicts).toEqual([]);
	});
	it.each([
		['省人力社会保障厅', 'hrss-dept'],
		['人力资源和社会保障厅', 'hrss-dept'],
		['湖南省人力资源和社会保障厅', 'hrss-dept'],
		['人社厅', 'hrss-dept'],
		['省工业信息化厅', 'miit-dept'],
		['省工业和信息化厅', 'miit-dept'],
		['省农业和农村厅', 'agri-dept'],
		['发改委', 'drc'],
		['各市州人民政府', 'city-gov'],
		['各市州教育（体）局', 'city-edu-bureau'],
		['湖南省教育厅', 'edu-dept'],
	])('%s → %s', (name, id) => expect(units.resolve(name)).toBe(id));
	it('reads 我厅 as the issuing 厅 of the document', () => {
		expect(units.resolve('我厅', content.documents.get('xiang-jiao-tong-2024-23')!.issuers)).toBe('edu-dept');
		expect(units.resolve('我厅', ['hrss-dept'])).toBe('hrss-dept');
	});
	it('agrees with every curated 责任单位 that quotes a unit name (a generic name at the curated unit\'s tier)', () => {
		const disagreements: string[] = [];
		for (const c of content.clauses) {
			for (const r of c.data.responsible) {
				const id = units.resolveAt(r.quote, content.units.get(r.unit)?.level, content.documents.get(c.doc)!.issuers);
				if (id && id !== r.unit) disagreements.push(`${c.doc}/${c.id}: “${r.quote}” is ${id}, curated as ${r.unit}`);
			}
		}
		expect(disagreements).toEqual([]);
	});
	it('gives every unit a level, and every government body a tier', () => {
		const raw = parse(readFileSync(join(root, 'content/units.yaml'), 'utf8')) as { id: string; type: string; level?: string }[];
		expect(raw.filter((u) => !u.level).map((u) => u.id)).toEqual([]);
		const generic = [...content.units.values()].filter((u) => u.type === 'body' && u.level === 'any');
		// A body of no one tier is a generic one: the parent of its bodies at each tier.
		const h = unitHierarchy([...content.units.values()]);
		expect(generic.filter((u) => !h.narrower(u.id).length).map((u) => u.id)).toEqual([]);
	});
	it('has the school hierarchy: 职业院校 ⊇ 高职, 中职, 技工; 高等学校 ⊇ 本科, 高职; 高等学校/高校 are not 本科高校', () => {
		const h = unitHierarchy([...content.units.values()]);
		expect(h.narrower('vocational-school')).toEqual(expect.arrayContaining(['higher-vocational', 'secondary-vocational', 'technical-school', 'technician-college']));
		expect(h.narrower('higher-ed')).toEqual(expect.arrayContaining(['undergraduate', 'higher-vocational', 'vocational-undergraduate']));
		expect(h.broader('city-edu-bureau')).toEqual(expect.arrayContaining(['city-gov', 'edu-authorities']));
		expect(units.resolve('高等学校')).toBe('higher-ed');
		expect(units.resolve('高校')).toBe('higher-ed');
		expect(units.resolve('本科高校')).toBe('undergraduate');
	});
	it('resolves a generic phrase to the tier asked for', () => {
		expect(units.resolveAt('发展改革', 'city')).toBe('city-drc');
		expect(units.resolveAt('财政', 'province')).toBe('finance-dept');
		expect(units.resolveAt('教育部门', 'city')).toBe('city-edu-bureau');
		expect(units.resolveAt('发展改革', undefined)).toBe('drc-authorities');
		expect(units.resolveAt('省发展改革委', 'city')).toBe('drc');
	});
});
