import { z } from 'astro/zod';
import { COMPARATORS } from './target';
import { review } from './review';

/**
 * What a form asks of the one filling it in: a length limit, a layout rule, a data cut-off. These are instructions
 * about the form, not policy targets, so they are kept apart from `targets` (and off /targets/): they show on the
 * form's clause page and in the application checklist. `src/lib/content/rules/form-limits.ts` rejects a target
 * that is one of these.
 */
export const FORM_LIMIT_KINDS = ['length', 'layout', 'cutoff'] as const;
export type FormLimitKind = (typeof FORM_LIMIT_KINDS)[number];

export const formLimit = z.strictObject({
	/** The part of the form it applies to ("产业园区主导产业情况", "特色与创新", "文字内容", "年度数据"). */
	field: z.string().min(1),
	/** length: how much may be written (不超过200字, 2000字以内); layout: type, spacing, paper; cutoff: the date data run to. */
	kind: z.enum(FORM_LIMIT_KINDS),
	/** The number, where the instruction has one (200, 16); it must be written in the quote. */
	value: z.number().optional(),
	/** Its unit (字, 磅). */
	unit: z.string().min(1).optional(),
	/** Direction of the bound (不超过/以内 → at-most). */
	comparator: z.enum(COMPARATORS).default('exact'),
	/** The exact words. */
	quote: z.string().min(1),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type FormLimit = z.infer<typeof formLimit>;
