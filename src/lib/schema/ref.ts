import { z } from 'astro/zod';
import { clauseId, docSlug, slugId } from './ids';
import { review } from './review';

/** An explicit reference from a clause to another document, in the corpus or outside it. */
export const ref = z
	.object({
		/** Target document in the corpus. */
		doc: docSlug.optional(),
		/** Target clause within `doc`, when the reference is that precise. */
		clause: clauseId.optional(),
		/** Target outside the corpus: an id in `content/external.yaml`. */
		external: slugId.optional(),
		/** cites: names it; implements: carries it out; restates: repeats it. */
		relation: z.enum(['cites', 'implements', 'restates']).default('cites'),
		/** The exact words of the reference. */
		quote: z.string().min(1),
		/** `proposed` until a person accepts it (`npm run review`). */
		review,
	})
	.refine((r) => Boolean(r.doc) !== Boolean(r.external), {
		message: 'give exactly one of `doc` (in the corpus) or `external`',
	})
	.refine((r) => !r.clause || r.doc, { message: '`clause` needs `doc`' });
export type Ref = z.infer<typeof ref>;
