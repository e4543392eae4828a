import { z } from 'astro/zod';
import { slugId } from './ids';
import { externalLifecycle, UNKNOWN_LIFECYCLE } from './lifecycle';

/** A document outside the corpus that the corpus cites. */
export const externalSchema = z.strictObject({
	/** Stable id used in URLs (`/external/<id>/`). */
	id: slugId,
	/** Title as cited. */
	title: z.string().min(1),
	/** 发文字号 when cited with one. */
	number: z.string().optional(),
	/** Issuing body as cited. */
	issuer: z.string().optional(),
	/** Other ways the texts cite it. */
	aliases: z.array(z.string()).default([]),
	/** Status, 文种 and relations as texts in the corpus state them (every quote names its corpus `doc`). */
	lifecycle: externalLifecycle.default(UNKNOWN_LIFECYCLE),
});
export type ExternalData = z.infer<typeof externalSchema>;
