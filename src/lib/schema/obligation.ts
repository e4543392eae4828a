import { z } from 'astro/zod';
import { slugId } from './ids';
import { period } from './target';
import { review } from './review';

/**
 * Modality follows the text's own wording (mapping documented in the README):
 * must 须/必须/不得/严格/确保 · should 要/应/原则上 · encouraged 鼓励/倡导 · supported 支持/推动/探索 · may 可/允许.
 */
export const MODALITIES = ['must', 'should', 'encouraged', 'supported', 'may'] as const;
export const modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof modality>;

/** Who must (or may) do what, with the words it came from. */
export const obligation = z.strictObject({
	/** Unit or role ids from `content/units.yaml`. */
	actors: z.array(slugId).min(1),
	/** What they are to do, in a short Chinese phrase. */
	action: z.string().min(1),
	/** How binding the wording is. */
	modality,
	/** A horizon the clause itself gives for a goal with no number (到2025年基本形成…); numbers go in `targets`. */
	period: period.optional(),
	/** The exact words of the clause this obligation comes from. */
	quote: z.string().min(1),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type Obligation = z.infer<typeof obligation>;
