import { z } from 'astro/zod';
import { clauseId, slugId } from './ids';
import { period } from './target';
import { review } from './review';

/**
 * Modality follows the text's own governing word. The table of words is code, in
 * `src/lib/content/rules/directive-words.ts`, checked against every obligation and against the README's table.
 */
export const MODALITIES = ['must', 'should', 'encouraged', 'supported', 'may'] as const;
export const modality = z.enum(MODALITIES);
export type Modality = z.infer<typeof modality>;

/** Who must (or may) do what, with the words it came from. */
export const obligation = z.strictObject({
	/**
	 * Unit or role ids from `content/units.yaml`: the ones the clause names (by name or alias, or by a generic
	 * phrase resolved to the tier the sentence states) — or, with `implied`, the ones it addresses without naming.
	 */
	actors: z.array(slugId).min(1),
	/**
	 * The clause does not name (some of) the actors: they are the addressee by implication — the document's 主送
	 * (`addressees`: a plain directive in a notice goes to whom it is sent), its issuer (`issuer`: a programme the
	 * issuing bodies carry out themselves), or the actors another clause names (`context`, with `namedIn`: a form's
	 * filling notes address the applicants the call's 申报 clause names). Every actor the clause does not name must
	 * then be one of those; pages say the text does not name them.
	 */
	implied: z.enum(['addressees', 'issuer', 'context']).optional(),
	/** With `implied: context`: the clause of the same document that names the actors. */
	namedIn: clauseId.optional(),
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
