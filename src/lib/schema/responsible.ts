import { z } from 'astro/zod';
import { slugId } from './ids';
import { review } from './review';

/** A unit responsible for a clause (责任单位), from the annex or from the text. */
export const responsible = z.strictObject({
	/** Unit id. */
	unit: slugId,
	/** lead: named first or 牵头; co: 会同/配合. */
	role: z.enum(['lead', 'co']).default('lead'),
	/** Where the assignment comes from: this clause's words, or another clause (the annex row). */
	via: z.string().optional(),
	/** The exact words naming the unit (in this clause, or in `via`). */
	quote: z.string().min(1),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type Responsible = z.infer<typeof responsible>;
