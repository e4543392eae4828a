import { z } from 'astro/zod';
import { slugId } from './ids';

/** A government body or another actor, or an addressee role (高职院校, 企业…). */
export const unitSchema = z.strictObject({
	/** Stable id used in URLs (`/units/<id>/`). */
	id: slugId,
	/** Canonical Chinese name. */
	name: z.string().min(1),
	/** body: a named organisation; role: a kind of organisation or person the texts address. */
	type: z.enum(['body', 'role']),
	/** national, province, city, county, or none for roles. */
	level: z.enum(['national', 'province', 'city', 'county', 'any']).default('any'),
	/**
	 * Broader units or roles this one is a kind or part of (高职院校 → 职业院校): what the texts address to a parent
	 * binds every child too. Checked for unknown ids and cycles.
	 */
	parents: z.array(slugId).default([]),
	/** Other names and typos found in the texts that mean this unit (人社厅, 省人力社会保障厅…). */
	aliases: z.array(z.string().min(1)).default([]),
	/** One line on who this is. */
	description: z.string().optional(),
});
export type UnitData = z.infer<typeof unitSchema>;
