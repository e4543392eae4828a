import type { UnitData } from '../../schema/unit';
import { unitResolver, type UnitResolver } from '../../corpus/units';

/** A unit or role named in a text. */
export interface Mention {
	ids: string[];
	start: number;
	end: number;
	text: string;
}

export interface ActorIndex {
	/** Every unit or role named in the text, longest name first, without overlaps, in text order. */
	find(text: string): Mention[];
	/** One name → unit id through `content/units.yaml` (aliases, 各-less forms, 我厅), or undefined. */
	resolve(name: string): string | undefined;
	/**
	 * A department's short name in a list (发展改革、财政等部门) → that sector's body (发展改革部门, every tier), or
	 * undefined. Which tier the sentence means is the `unit-level` rule's business (`src/lib/ingest/conform.ts`).
	 */
	department(short: string): string | undefined;
}

/**
 * The names the data rules see (`unitResolver` of src/lib/corpus/units.ts: names and aliases from
 * `content/units.yaml`, 我厅 for the issuing 厅, sector lists ending in 部门): an actor the draft finds is one the
 * `actors` rule counts as named. A name not there is not guessed.
 */
export function actorIndex(units: UnitData[], issuers: string[]): ActorIndex {
	const resolver: UnitResolver = unitResolver(units);
	return {
		find: (text) => resolver.mentions(text, issuers).map((m) => ({ ids: [m.id], start: m.start, end: m.end, text: m.name })),
		resolve: (name) => resolver.resolve(name, issuers),
		department: (short) => resolver.resolve(short.replace(/(?:部门|等)$/g, '').trim(), issuers),
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
