import { describe, expect, it } from 'vitest';
import { extractResponsible, parseUnitList, tableUnits } from '../../src/lib/ingest/extract/responsible';
import { actorsFor } from './ingest-helpers';

const actors = actorsFor(['edu-dept']);
const roles = (list: { unit: string; role: string }[]) => list.map((r) => `${r.unit}:${r.role}`);

describe('责任单位', () => {
	it('parses a 责任单位 cell: units before 会同 lead, the rest assist', () => {
		const r = parseUnitList('省发展改革委、省工业和信息化厅会同有关部门和行业协会、省农业和农村厅，各市州人民政府。', actors);
		expect(roles(r.units)).toEqual(['drc:lead', 'miit-dept:lead', 'industry-org:co', 'agri-dept:co', 'city-gov:co']);
		expect(r.unknown).toEqual([]);
	});
	it('reports names that are not in units.yaml, never guessing', () => {
		expect(parseUnitList('省教育厅、省乡村振兴局', actors).unknown).toEqual(['省乡村振兴局']);
	});
	it('reads （责任单位：…） brackets, 由X牵头, X会同Y、Z等部门 and 我厅', () => {
		expect(roles(extractResponsible('支持建设共享型实训基地（责任单位：省教育厅、省财政厅）。', actors).units)).toEqual(['edu-dept:lead', 'finance-dept:lead']);
		expect(extractResponsible('由技师学院牵头，联合其他职业院校。', actors).units).toEqual([{ unit: 'technician-college', role: 'lead', quote: '由技师学院牵头' }]);
		// The sectors as the text names them (发展改革部门, every tier): which tier the sentence means (here the 市州
		// bodies) is the unit-level rule's, applied to the whole draft (tests/unit/ingest-conform.test.ts).
		expect(roles(extractResponsible('各市州教育（体）局要会同发展改革、财政、国资等部门，统筹研究建设规划。', actors).units)).toEqual(['city-edu-bureau:lead', 'drc-authorities:co', 'finance-authorities:co', 'sasac-authorities:co']);
		expect(roles(extractResponsible('我厅将对建设情况进行监测。', actors).units)).toEqual(['edu-dept:lead']);
	});
	it('does not take 牵头 as a modifier for an assignment', () => {
		expect(extractResponsible('明确各联合体牵头单位，各产教联合体牵头的产业园区对照指标申报。', actors).units).toEqual([]);
	});
	it('reads 牵头单位 and 配合单位 columns of a table', () => {
		const r = tableUnits(['任务\t牵头单位\t配合单位', '课程改革\t湖南省人力资源和社会保障厅\t省教育厅'], actors);
		expect(roles(r.units)).toEqual(['hrss-dept:lead', 'edu-dept:co']);
	});
});
