import { z } from 'astro/zod';
import { slugId } from './ids';

/** A term of the small controlled topic vocabulary. */
export const topicSchema = z.strictObject({
	/** Stable id used in URLs (`/topics/<id>/`). */
	id: slugId,
	/** Chinese name. */
	name: z.string().min(1),
	/** One-line definition. */
	definition: z.string().min(1),
	/** Other words for it (双师 → 双师型教师). */
	aliases: z.array(z.string()).default([]),
});
export type TopicData = z.infer<typeof topicSchema>;
