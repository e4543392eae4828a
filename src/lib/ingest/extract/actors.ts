import type { UnitData } from '../../schema/unit';
import { unitResolver, type UnitResolver } from '../../corpus/units';

/** A unit or role named in a text. */
export interface Mention {
	ids: string[];
	start: number;
	end: number;
	text: string;
}

/** Pronouns for the issuing body (src/lib/corpus/units.ts resolves them). */
const SELF = ['我厅', '我部', '本厅', '我委', '我局'];
/** Words that name two roles at once. */
const COMPOUND: Record<string, string[]> = { 校企: ['vocational-school', 'enterprise'] };

export interface ActorIndex {
	/** Every unit or role named in the text, longest name first, without overlaps, in text order. */
	find(text: string): Mention[];
	/** One name → unit id through `content/units.yaml` (aliases, 各-less forms, 我厅), or undefined. */
	resolve(name: string): string | undefined;
	/** A department's short name in a list (发展改革、财政等部门) → the provincial body of that name, or undefined. */
	department(short: string): string | undefined;
}

/**
 * Names come only from `content/units.yaml` (names and aliases) and the two fixed rules above; a name not there
 * is not guessed. `issuers` lets 我厅 mean the document's issuing 厅.
 */
export function actorIndex(units: UnitData[], issuers: string[]): ActorIndex {
	const resolver: UnitResolver = unitResolver(units);
	const names = new Map<string, string[]>();
	const add = (name: string, ids: string[]) => {
		if (name.length >= 2 && !names.has(name)) names.set(name, ids);
	};
	for (const u of units) for (const n of [u.name, ...u.aliases]) for (const v of [n, n.replace(/^各/, '')]) {
		const id = resolver.resolve(v, issuers);
		if (id) add(v, [id]);
	}
	for (const s of SELF) {
		const id = resolver.resolve(s, issuers);
		if (id) add(s, [id]);
	}
	for (const [w, ids] of Object.entries(COMPOUND)) if (ids.every((id) => units.some((u) => u.id === id))) add(w, ids);
	const sorted = [...names.keys()].sort((a, b) => b.length - a.length);
	const byFirst = new Map<string, string[]>();
	for (const n of sorted) {
		const k = n[0]!;
		if (!byFirst.has(k)) byFirst.set(k, []);
		byFirst.get(k)!.push(n);
	}
	return {
		find(text) {
			const out: Mention[] = [];
			for (let i = 0; i < text.length; ) {
				// 教育部门 is a department, not 教育部: a name ending in 部 does not end before 门.
				const hit = (byFirst.get(text[i]!) ?? []).find((n) => text.startsWith(n, i) && !(n.endsWith('部') && text[i + n.length] === '门'));
				if (hit) {
					out.push({ ids: names.get(hit)!, start: i, end: i + hit.length, text: hit });
					i += hit.length;
				} else i++;
			}
			return out;
		},
		resolve(name) {
			return resolver.resolve(name, issuers);
		},
		department(short) {
			const s = short.replace(/(?:部门|等)$/g, '').trim();
			for (const candidate of [s, `省${s}厅`, `省${s}委`, `${s}厅`, `省${s}局`]) {
				const id = resolver.resolve(candidate, issuers);
				if (id) return id;
			}
			return undefined;
		},
	};
}

/**
 * Departments named by their short names in a list that ends with 部门 (会同发展改革、财政、国资等部门), each with the
 * words that name it. Names that resolve to no unit are returned with `id` undefined, for the summary.
 */
export function departmentList(text: string, index: ActorIndex): { id?: string; text: string; start: number }[] {
	const out: { id?: string; text: string; start: number }[] = [];
	for (const m of text.matchAll(/((?:[\u4e00-\u9fa5]{2,10}、)+[\u4e00-\u9fa5]{2,10}?)(?:等|其他)*(?:有关)?部门/gu)) {
		let at = m.index;
		for (const [k, part] of m[1]!.split('、').entries()) {
			// The first item starts wherever the match did: keep what follows the verb that opens the list.
			const clean = k === 0 ? part.replace(/^.*(?:会同|联合|由|建立|配合|协调|组织)/, '') : part;
			const start = at + part.indexOf(clean);
			out.push({ id: index.department(clean), text: clean, start });
			at += part.length + 1;
		}
	}
	return out;
}
