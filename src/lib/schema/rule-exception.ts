import { z } from 'astro/zod';

/**
 * An entry of `content/rule-exceptions.yaml`: a reviewed exception to a data rule (src/lib/content/rules/) where the
 * text genuinely is ambiguous — a reason instead of a contorted rule. Matched on rule, clause and (when given) the
 * quote of the fact.
 */
export const ruleException = z.strictObject({
	/** The rule's id (`modality`, `actors`, `unit-level`, `verbatim`, `form-limits`, `duplicates`). */
	rule: z.string().min(1),
	/** `<doc>/<id>` of the clause. */
	clause: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be `<document slug>/<clause id>`'),
	/** The fact's quote; absent: every finding of the rule in the clause. */
	quote: z.string().min(1).optional(),
	/** Why the rule does not apply here, one or two sentences. */
	reason: z.string().min(10, 'must say why the rule does not apply here (a sentence)'),
});
export type RuleException = z.infer<typeof ruleException>;
