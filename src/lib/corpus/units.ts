import type { UnitData } from '../schema/unit';

/** Pronouns that mean the issuing body of the document they appear in. */
const SELF = ['我厅', '我部', '本厅'];

/** Strip what varies around a unit name in running text: 各, trailing punctuation, 等. */
function normalise(name: string): string {
	return name.trim().replace(/[。，、；：\s]+$/g, '').replace(/^各/, '');
}

export interface UnitResolver {
	/** The unit id a name means, or undefined. `issuers` resolves 我厅 to the document's issuing 厅. */
	resolve(name: string, issuers?: string[]): string | undefined;
	/** Names claimed by more than one unit (the alias table must have none). */
	conflicts: { name: string; ids: string[] }[];
}

/** Build the alias table from `content/units.yaml`: canonical names and aliases, with and without 各. */
export function unitResolver(units: UnitData[]): UnitResolver {
	const table = new Map<string, Set<string>>();
	const add = (name: string, id: string) => {
		for (const key of new Set([name, normalise(name)])) {
			if (!table.has(key)) table.set(key, new Set());
			table.get(key)!.add(id);
		}
	};
	for (const u of units) for (const n of [u.name, ...u.aliases]) add(n, u.id);
	const conflicts = [...table].filter(([, ids]) => ids.size > 1).map(([name, ids]) => ({ name, ids: [...ids] }));
	return {
		conflicts,
		resolve(name, issuers = []) {
			const n = normalise(name);
			if (SELF.includes(n)) return issuers.find((id) => id.endsWith('-dept')) ?? issuers[0];
			const ids = table.get(name) ?? table.get(n);
			return ids && ids.size === 1 ? [...ids][0] : undefined;
		},
	};
}
