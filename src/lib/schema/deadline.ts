import { z } from 'astro/zod';
import { isoDate, slugId } from './ids';
import { review } from './review';

/** A dated obligation (a submission, a report). Soft horizons are targets, not deadlines. */
export const deadline = z.strictObject({
	/** The due date. */
	date: isoDate,
	/** What is due ("报送市域产教联合体推荐书"). */
	what: z.string().min(1),
	/** Unit or role ids who must deliver. */
	who: z.array(slugId).default([]),
	/** Unit ids it goes to. */
	to: z.array(slugId).default([]),
	/** How: copies, seals, address, e-mail, contacts, verbatim where possible. */
	how: z.array(z.string()).default([]),
	/** The exact words that state the date. */
	quote: z.string().min(1),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type Deadline = z.infer<typeof deadline>;
