import { z } from 'astro/zod';
import { clauseId, docSlug } from './ids';
import { obligation } from './obligation';
import { target } from './target';
import { formLimit } from './form-limit';
import { deadline } from './deadline';
import { responsible } from './responsible';
import { ref } from './ref';
import { qualityFlag } from './quality';
import { clauseLifecycle } from './lifecycle';

/** What a clause does in its document. */
export const CLAUSE_KINDS = [
	'preamble',
	'section',
	'goal',
	'task',
	'measure',
	'condition',
	'indicator',
	'procedure',
	'safeguard',
	'attachment',
	'form',
	'table-row',
	'note',
	'contact',
	'signature',
] as const;

/** The structured facts curated for a clause; each quotes the clause. */
export const clauseFacts = {
	/** Who must do what, and how binding. */
	obligations: z.array(obligation).default([]),
	/** Quantitative policy targets (not a form's length or layout rules: those are `formLimits`). */
	targets: z.array(target).default([]),
	/** A form's instructions to whoever fills it in: length limits, layout, data cut-off. */
	formLimits: z.array(formLimit).default([]),
	/** 责任单位. */
	responsible: z.array(responsible).default([]),
	/** Dated obligations. */
	deadlines: z.array(deadline).default([]),
	/** Topic ids from `content/topics.yaml`. */
	topics: z.array(z.string()).default([]),
	/** Explicit references to other documents. */
	refs: z.array(ref).default([]),
	/** Data-quality flags for damaged or doubtful text. */
	quality: z.array(qualityFlag).default([]),
	/** The clause's own status, only where a text states it (otherwise the document's applies). */
	lifecycle: clauseLifecycle.optional(),
};

/**
 * Frontmatter of `content/clauses/<doc>/<id>.mdx`. The clause id is the file name; the MDX body is
 * the verbatim clause text without its label.
 * `docField` lets Astro swap in `reference('documents')`; plain tools keep the slug string.
 */
export function makeClauseSchema<D extends z.ZodType = typeof docSlug>(docField?: D) {
	return z.strictObject({
		/** The document this clause belongs to (its slug; must match the folder). */
		doc: (docField ?? docSlug) as D,
		/** The numbering as printed (`二、（一）3．`, `15、`, `附件2 1.1`); empty when unnumbered. */
		label: z.string().default(''),
		/** Heading or lead sentence, verbatim, where the clause has one. */
		title: z.string().optional(),
		/** Id of the enclosing clause (`2-1` for `2-1-3`); absent at top level. */
		parent: clauseId.optional(),
		/** What the clause does. */
		kind: z.enum(CLAUSE_KINDS),
		/** Position in the document, ascending. */
		order: z.number().int().nonnegative(),
		...clauseFacts,
	});
}
export const clauseSchema = makeClauseSchema();
export type ClauseData = z.infer<typeof clauseSchema>;
export type ClauseInput = z.input<typeof clauseSchema>;
