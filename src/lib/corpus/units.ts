import type { UnitData, UnitLevel } from '../schema/unit';
import { unitHierarchy } from './hierarchy';

/** Pronouns that mean the issuing body of the document they appear in. */
const SELF = ['我厅', '我部', '本厅'];

/** Sectors ending in 部门: 发展改革、教育、人力资源社会保障、财政、工业和信息化等部门; 各级财政、税务部门; 发展改革等部门. */
const ENUMERATION = /((?:[\u4e00-\u9fff]{2,12}、)*[\u4e00-\u9fff]{2,8}?)等?部门/gu;

/** Strip what varies around a unit name in running text: 各, trailing punctuation, 等. */
function normalise(name: string): string {
	return name.trim().replace(/[。，、；：\s]+$/g, '').replace(/^各/, '');
}

/** A unit named in a text: where, by which of its names. */
export interface Mention {
	id: string;
	/** Offsets in the text searched. */
	start: number;
	end: number;
	/** The words as written. */
	name: string;
}

export interface UnitResolver {
	/** The unit id a name means, or undefined. `issuers` resolves 我厅 to the document's issuing 厅. */
	resolve(name: string, issuers?: string[]): string | undefined;
	/**
	 * The unit a name means at a level: a generic name (发展改革, 财政部门 → the body of every tier) resolves to its
	 * body at that tier when there is exactly one (at `city`: 市州发展改革部门); any other name as `resolve`.
	 */
	resolveAt(name: string, level: UnitLevel | undefined, issuers?: string[]): string | undefined;
	/**
	 * Every unit named in a text, left to right, the longest name winning where names overlap (省人力资源社会保障厅,
	 * not its 人力资源社会保障). `issuers` makes 我厅 a mention of the issuing 厅.
	 */
	mentions(text: string, issuers?: string[]): Mention[];
	/** Names claimed by more than one unit (the alias table must have none). */
	conflicts: { name: string; ids: string[] }[];
}

/** Build the alias table from `content/units.yaml`: canonical names and aliases, with and without 各. */
export function unitResolver(units: UnitData[]): UnitResolver {
	const table = new Map<string, Set<string>>();
	const add = (name: string, id: string) => {
		// 各地 must not leave 地 behind: a name without its 各 is kept only when it is still a name (two characters or more).
		for (const key of new Set([name, normalise(name)].filter((k) => k.length >= 2))) {
			if (!table.has(key)) table.set(key, new Set());
			table.get(key)!.add(id);
		}
	};
	for (const u of units) for (const n of [u.name, ...u.aliases]) add(n, u.id);
	const conflicts = [...table].filter(([, ids]) => ids.size > 1).map(([name, ids]) => ({ name, ids: [...ids] }));
	const hierarchy = unitHierarchy(units);
	const self = (issuers: string[]) => issuers.find((id) => id.endsWith('-dept')) ?? issuers[0];
	const resolve = (name: string, issuers: string[] = []) => {
		const n = normalise(name);
		if (SELF.includes(n)) return self(issuers);
		// A sector named bare in a list (会同发展改革、财政等部门 → 发展改革) means that sector's 部门.
		const ids = table.get(name) ?? table.get(n) ?? table.get(`${n}部门`);
		return ids && ids.size === 1 ? [...ids][0] : undefined;
	};
	// Names by first character, longest first, for scanning running text.
	const byFirst = new Map<string, string[]>();
	for (const name of [...table.keys(), ...SELF]) (byFirst.get(name[0]!) ?? byFirst.set(name[0]!, []).get(name[0]!)!).push(name);
	for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
	return {
		conflicts,
		resolve,
		resolveAt(name, level, issuers = []) {
			const id = resolve(name, issuers);
			if (!id || !level) return id;
			const unit = units.find((u) => u.id === id);
			if (unit?.level !== 'any') return id;
			const at = hierarchy.atLevel(id, level);
			return at.length === 1 ? at[0] : id;
		},
		mentions(text, issuers = []) {
			const out: Mention[] = [];
			// 发展改革、工业和信息化、财政…等部门: each item of the list names a 部门 (the first may carry words before it).
			const listed: Mention[] = [];
			for (const m of text.matchAll(ENUMERATION)) {
				let at = m.index;
				for (const item of m[1]!.split('、')) {
					for (let k = 0; k < item.length - 1; k++) {
						const id = table.get(`${item.slice(k)}部门`);
						if (id?.size === 1) {
							listed.push({ id: [...id][0]!, start: at + k, end: at + item.length, name: item.slice(k) });
							break;
						}
					}
					at += item.length + 1;
				}
			}
			const inList = (i: number) => listed.find((l) => l.start === i);
			for (let i = 0; i < text.length; ) {
				const l = inList(i);
				if (l) {
					out.push(l);
					i = l.end;
					continue;
				}
				const name = byFirst.get(text[i]!)?.find((n) => text.startsWith(n, i));
				const id = name && (SELF.includes(name) ? (issuers.length ? self(issuers) : undefined) : resolve(name));
				if (name && id) {
					out.push({ id, start: i, end: i + name.length, name });
					i += name.length;
				} else i++;
			}
			return out;
		},
	};
}
