import { z } from 'astro/zod';
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
	/** `proposed` until a person accepts it (`npm run review`). */
	review,
});
export type QualityFlag = z.infer<typeof qualityFlag>;
