import { z } from 'astro/zod';
import { slugId } from './ids';

/**
 * Where a unit sits. The four tiers of government come first: a generic phrase in a sentence (发展改革、财政…等部门)
 * means the body of the tier the sentence states, so facts must name that tier's unit (see
 * `src/lib/content/rules/unit-level.ts`). The other levels say what kind of actor a role is.
 */
export const UNIT_LEVELS = [
	'national',
	'province',
	'city',
	'county',
	'school',
	'enterprise',
	'park',
	'organisation',
	'person',
	'any',
] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The tiers of government, top down. */
export const GOVERNMENT_LEVELS = ['national', 'province', 'city', 'county'] as const satisfies readonly UnitLevel[];
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];
export const isGovernmentLevel = (l: string): l is GovernmentLevel => (GOVERNMENT_LEVELS as readonly string[]).includes(l);

/** Chinese labels of the levels, for pages. */
export const LEVEL_LABEL: Record<UnitLevel, string> = {
	national: '国家',
	province: '省级',
	city: '市州级',
	county: '县市区级',
	school: '学校',
	enterprise: '企业',
	park: '园区',
	organisation: '社会组织与机构',
	person: '个人',
	any: '各级（泛指）',
};

/** A government body or another actor, or an addressee role (高职院校, 企业…). */
export const unitSchema = z.strictObject({
	/** Stable id used in URLs (`/units/<id>/`). */
	id: slugId,
	/** Canonical Chinese name. */
	name: z.string().min(1),
	/** body: a named organisation; role: a kind of organisation or person the texts address. */
	type: z.enum(['body', 'role']),
	/**
	 * national, province, city, county for government bodies; school, enterprise, park, organisation, person for
	 * the kinds of actor; `any` for a body of no one tier (教育部门 = the education authority of every tier,
	 * 行业主管部门). Every entry in content/units.yaml states it.
	 */
	level: z.enum(UNIT_LEVELS).default('any'),
	/**
	 * Broader units or roles this one is a kind or part of (高职院校 → 职业院校, 高等学校; 市州教育局 → 市州人民政府,
	 * 教育部门): what the texts address to a parent binds every child too. Checked for unknown ids and cycles.
	 * A generic body (`level: any`) is the parent of its bodies at each tier, which is how a generic phrase
	 * resolves to the tier a sentence states.
	 */
	parents: z.array(slugId).default([]),
	/** Other names and typos found in the texts that mean this unit (人社厅, 省人力社会保障厅…). */
	aliases: z.array(z.string().min(1)).default([]),
	/** One line on who this is. */
	description: z.string().optional(),
});
export type UnitData = z.infer<typeof unitSchema>;
