import { describe, expect, it } from 'vitest';
import { hierarchyProblems, unitHierarchy } from '../../src/lib/corpus/hierarchy';

const units = [
	{ id: 'vocational-school', parents: [] },
	{ id: 'higher-ed', parents: [] },
	{ id: 'higher-vocational', parents: ['vocational-school', 'higher-ed'] },
	{ id: 'technical-school', parents: ['vocational-school'] },
	{ id: 'technician-college', parents: ['technical-school'] },
];

describe('unit hierarchy', () => {
	const h = unitHierarchy(units);
	it('walks up, nearest first, and down, transitively', () => {
		expect(h.broader('technician-college')).toEqual(['technical-school', 'vocational-school']);
		expect(h.broader('higher-vocational')).toEqual(['vocational-school', 'higher-ed']);
		expect(h.narrower('vocational-school').sort()).toEqual(['higher-vocational', 'technical-school', 'technician-college']);
		expect(h.appliesVia('higher-vocational')).toEqual(['higher-vocational', 'vocational-school', 'higher-ed']);
		expect(h.broader('unknown')).toEqual([]);
	});
	it('reports unknown parents and cycles', () => {
		expect(hierarchyProblems(units)).toEqual([]);
		const bad = [{ id: 'a', parents: ['b'] }, { id: 'b', parents: ['a', 'zz'] }];
		expect(hierarchyProblems(bad).map((p) => p.problem)).toEqual([
			'parent `b` makes a cycle: a unit cannot be its own ancestor',
			'parent `zz` is not a unit id in content/units.yaml',
			'parent `a` makes a cycle: a unit cannot be its own ancestor',
		]);
	});

	it('finds a unit at a level: itself, or its nearest narrower units there', () => {
		const leveled = unitHierarchy([
			{ id: 'local-gov', parents: [], level: 'any' },
			{ id: 'city-gov', parents: ['local-gov'], level: 'city' },
			{ id: 'county-gov', parents: ['local-gov'], level: 'county' },
			{ id: 'edu-authorities', parents: [], level: 'any' },
			{ id: 'edu-dept', parents: ['edu-authorities'], level: 'province' },
			{ id: 'city-edu-bureau', parents: ['city-gov', 'edu-authorities'], level: 'city' },
		]);
		expect(leveled.atLevel('edu-authorities', 'city')).toEqual(['city-edu-bureau']);
		expect(leveled.atLevel('edu-authorities', 'province')).toEqual(['edu-dept']);
		// 市州人民政府 is the city-level local government, not also each of its departments.
		expect(leveled.atLevel('local-gov', 'city')).toEqual(['city-gov']);
		expect(leveled.atLevel('city-gov', 'city')).toEqual(['city-gov']);
		expect(leveled.atLevel('edu-authorities', 'national')).toEqual([]);
	});
});
