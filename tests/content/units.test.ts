import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { unitResolver } from '../../src/lib/corpus/units';

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
	it('agrees with every curated 责任单位 that quotes a unit name', () => {
		const disagreements: string[] = [];
		for (const c of content.clauses) {
			for (const r of c.data.responsible) {
				const id = units.resolve(r.quote, content.documents.get(c.doc)!.issuers);
				if (id && id !== r.unit) disagreements.push(`${c.doc}/${c.id}: “${r.quote}” is ${id}, curated as ${r.unit}`);
			}
		}
		expect(disagreements).toEqual([]);
	});
});
