import { z } from 'astro/zod';
import { clauseId } from './ids';
import { review } from './review';

/** Kinds of damage or doubt in the source text that the site must show rather than repair. */
export const QUALITY_KINDS = [
	'duplicate',
	'truncated',
	'garbled',
	'typo',
	'missing-attachment',
	'missing-date',
	'missing-title',
	'missing-heading',
	'table-structure',
	'other',
] as const;

/** A data-quality flag on a document or clause. */
export const qualityFlag = z.strictObject({
	/** What is wrong with the source text. */
	kind: z.enum(QUALITY_KINDS),
	/** A short note in Chinese for readers ("原文未载…", "与上条重复"). */
	note: z.string().min(1),
	/** The damaged words, verbatim, when they can be pointed at. */
	quote: z.string().min(1).optional(),
	/**
	 * For `duplicate`: the clause of the same document whose text this one repeats. Its facts are counted there;
	 * the duplicate renders its own but is left out of every count and view.
	 */
	of: clauseId.optional(),
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type QualityFlag = z.infer<typeof qualityFlag>;
