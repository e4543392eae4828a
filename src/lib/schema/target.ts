import { z } from 'astro/zod';
import { review } from './review';

/** 不少于/不低于/以上 → at-least; 最多/不超过 → at-most; a bare number → exact. */
export const COMPARATORS = ['at-least', 'at-most', 'exact'] as const;

/** When a target is due or how often it recurs, normalised, plus the words. */
export const period = z.strictObject({
	/** by: a deadline year (到2025年, 十四五末 → 2025); every: recurring (每年, 每5年); within: a duration (3年左右). */
	kind: z.enum(['by', 'every', 'within']),
	/** Year the target is due (kind `by`). */
	year: z.number().int().optional(),
	/** Length of the period in months (kind `every` or `within`). */
	months: z.number().positive().optional(),
	/** The words of the text ("到“十四五”末", "每年"). */
	words: z.string().min(1),
});

/** A quantitative target. */
export const target = z.strictObject({
	/** What is counted ("楚怡文化传承基地"). */
	subject: z.string().min(1),
	/** The number, parsed from Arabic or Chinese numerals. */
	value: z.number(),
	/** Measure word or unit: 个/所/名/家/门/本/%/元/人/年/月… */
	unit: z.string().min(1),
	/** The text says 左右 (about). */
	approx: z.boolean().default(false),
	/** Direction of the bound. */
	comparator: z.enum(COMPARATORS).default('exact'),
	/** Horizon or recurrence, when the text gives one. */
	period: period.optional(),
	/** The exact words; must contain the value as written. */
	quote: z.string().min(1),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type Target = z.infer<typeof target>;
