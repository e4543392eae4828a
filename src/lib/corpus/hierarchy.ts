import type { UnitData, UnitLevel } from '../schema/unit';

/**
 * The unit hierarchy from `parents` in content/units.yaml: 职业院校 ⊇ 高职院校, 中职学校, 技工院校; 高等学校 ⊇ 本科高校,
 * 高职院校; 市州人民政府 ⊇ 市州教育（体）局; 教育部门 (every tier) ⊇ 省教育厅, 市州教育（体）局. A text addressed to a broader
 * unit binds every narrower one, so "what applies to 高职院校" must include what applies to 职业院校.
 * Pure: the ingest drafts and the 台账 use it as they are.
 */
export interface UnitHierarchy {
	/** Every broader unit, nearest first (transitive; the unit itself excluded). */
	broader(id: string): string[];
	/** Every narrower unit (transitive; the unit itself excluded). */
	narrower(id: string): string[];
	/** The unit and every broader one: the ids whose facts apply to it. */
	appliesVia(id: string): string[];
	/**
	 * The unit as it is at a level: itself when it is at that level, else its narrower units at that level
	 * nearest it (教育行政部门 at `city` → 市州教育（体）局; 地方人民政府 at `city` → 市州人民政府, not its departments).
	 * Empty when it has none. Needs the units' levels.
	 */
	atLevel(id: string, level: UnitLevel): string[];
}

export function unitHierarchy(units: (Pick<UnitData, 'id' | 'parents'> & { level?: UnitLevel })[]): UnitHierarchy {
	const parents = new Map(units.map((u) => [u.id, u.parents ?? []]));
	const levels = new Map(units.map((u) => [u.id, u.level ?? 'any']));
	const children = new Map<string, string[]>();
	for (const u of units) for (const p of u.parents ?? []) (children.get(p) ?? children.set(p, []).get(p)!).push(u.id);
	const walk = (start: string, next: Map<string, string[]>): string[] => {
		const seen = new Set<string>([start]);
		const out: string[] = [];
		for (let queue = [...(next.get(start) ?? [])]; queue.length; ) {
			const id = queue.shift()!;
			if (seen.has(id)) continue;
			seen.add(id);
			out.push(id);
			queue.push(...(next.get(id) ?? []));
		}
		return out;
	};
	return {
		broader: (id) => walk(id, parents),
		narrower: (id) => walk(id, children),
		appliesVia: (id) => [id, ...walk(id, parents)],
		atLevel: (id, level) => {
			if (levels.get(id) === level) return [id];
			// The nearest ones: below 地方人民政府, 市州人民政府 is at city level, not also every 市州 department under it.
			const out: string[] = [];
			const seen = new Set([id]);
			for (let queue = [...(children.get(id) ?? [])]; queue.length; ) {
				const c = queue.shift()!;
				if (seen.has(c)) continue;
				seen.add(c);
				if (levels.get(c) === level) out.push(c);
				else queue.push(...(children.get(c) ?? []));
			}
			return out;
		},
	};
}

/** Parent ids that name no unit, and cycles (a unit that is its own ancestor), for validation. */
export function hierarchyProblems(units: Pick<UnitData, 'id' | 'parents'>[]): { id: string; index: number; problem: string }[] {
	const ids = new Set(units.map((u) => u.id));
	const h = unitHierarchy(units);
	return units.flatMap((u, index) => [
		...(u.parents ?? []).filter((p) => !ids.has(p)).map((p) => ({ id: u.id, index, problem: `parent \`${p}\` is not a unit id in content/units.yaml` })),
		...(u.parents ?? []).filter((p) => p === u.id || h.broader(p).includes(u.id)).map((p) => ({ id: u.id, index, problem: `parent \`${p}\` makes a cycle: a unit cannot be its own ancestor` })),
	]);
}
