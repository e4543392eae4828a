import { z } from 'astro/zod';
import { clauseId, docSlug, isoDate, slugId } from './ids';
import { LIFECYCLE_STATUSES, NOT_STATED, type LifecycleStatus } from './statuses';

/**
 * Lifecycle of a document: whether it is in force, the dates it states, its 文种 and how it relates to other
 * documents. Like every fact, each one quotes the words of a text in the corpus that state it, and validation
 * checks the quote; where no text says, the value is 原文未载 (never filled in from memory).
 */

export * from './statuses';

/** Words of a text in the corpus that state a fact, and where they are. */
export const evidence = z.strictObject({
	/** The exact words (white space ignored when checked). */
	quote: z.string().min(1),
	/** The corpus document whose text holds them; default: the document being described. */
	doc: docSlug.optional(),
	/** The clause of that document whose text holds them; omit when the words are a printed line (title, heading). */
	clause: clauseId.optional(),
});
export type Evidence = z.infer<typeof evidence>;

/** A quote, or 原文未载. */
export const evidenceOrNotStated = z.union([z.literal(NOT_STATED), evidence]);

/** When the document takes effect, as a text states it (自印发之日起施行, 自2024年3月1日起施行). */
export const effective = evidence.extend({
	/** from-issue: 自印发（发布）之日起; from-date: from the date written in the quote. */
	kind: z.enum(['from-issue', 'from-date']),
	/** The date written in the quote (kind `from-date`). */
	date: isoDate.optional(),
});

/** 有效期 N 年, as a text states it. */
export const validity = evidence.extend({
	/** N of 有效期N年. */
	years: z.number().positive(),
});

/**
 * The document's own planning period (用3年左右时间, 到2025年, 到“十四五”末): the horizon of its goals, *not* an
 * expiry date. `words` must be in the clause named.
 */
export const planningPeriod = z.strictObject({
	/** by: goals due by the end of a year; within: a span counted from the document's date. */
	kind: z.enum(['by', 'within']),
	/** The year (kind `by`; 十四五末 → 2025). */
	year: z.number().int().optional(),
	/** Length in months (kind `within`). */
	months: z.number().positive().optional(),
	/** 左右 (about). */
	approx: z.boolean().default(false),
	/** The words of the text. */
	words: z.string().min(1),
	/** The clause of this document that states it. */
	clause: clauseId,
	/** What a reader should know about the words (damaged text…), in Chinese. */
	note: z.string().min(1).optional(),
});

/** 文种 as printed (通知, 实施意见, 实施方案, 若干措施…): `name` must be in the quote. */
export const printedType = evidence.extend({ name: z.string().min(1) });

/** How documents relate: implements 贯彻落实, supersedes 废止并代替, amends 修改. */
export const DOC_RELATIONS = ['implements', 'supersedes', 'amends'] as const;
export type DocRelationKind = (typeof DOC_RELATIONS)[number];

/** A relation this document states to another, with the words that state it. */
export const docRelation = z
	.strictObject({
		relation: z.enum(DOC_RELATIONS),
		/** The other document, in the corpus… */
		doc: docSlug.optional(),
		/** …or outside it (`content/external.yaml`). */
		external: slugId.optional(),
		/** The words that state the relation. */
		quote: z.string().min(1),
		/** The clause of this document that holds them (for an external document: `doc` names the corpus document). */
		clause: clauseId,
		/** For an external document's relation: the corpus document whose clause states it. */
		in: docSlug.optional(),
	})
	.refine((r) => Boolean(r.doc) !== Boolean(r.external), { message: 'give exactly one of `doc` (in the corpus) or `external`' });
export type DocRelation = z.infer<typeof docRelation>;

/** Status with its evidence; 未知 goes with 原文未载 and every other status with a quote. */
function statusRule(l: { status: LifecycleStatus; evidence: unknown }, ctx: z.RefinementCtx) {
	if (l.status === '未知' && l.evidence !== NOT_STATED) ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'must be `原文未载` when status is `未知`: a quote states a status, so name that status' });
	if (l.status !== '未知' && l.evidence === NOT_STATED) ctx.addIssue({ code: 'custom', path: ['evidence'], message: `must quote the words that say the document is ${l.status} (quote, doc, clause): a status without a text is \`未知\`` });
}

const lifecycleFields = {
	/** 时效性. */
	status: z.enum(LIFECYCLE_STATUSES).default('未知'),
	/** The words that state the status, or 原文未载. */
	evidence: evidenceOrNotStated.default(NOT_STATED),
	/** When it takes effect, where a text says. */
	effective: effective.optional(),
	/** 有效期, where a text says. */
	validity: validity.optional(),
	/** 文种 as printed. */
	type: printedType.optional(),
	/** Relations stated by the text. */
	relations: z.array(docRelation).default([]),
};

/** `lifecycle:` of a document in `content/documents/<slug>.yaml`. */
export const documentLifecycle = z
	.strictObject({
		...lifecycleFields,
		/** The 文种 of the text a 印发 notice encloses (实施方案, 若干措施), as printed. */
		enclosedType: printedType.optional(),
		/** The document's own planning period, where it states one. */
		planningPeriod: planningPeriod.optional(),
	})
	.superRefine(statusRule);
export type DocumentLifecycle = z.infer<typeof documentLifecycle>;

/** `lifecycle:` of an external document: every quote comes from a corpus document, so `doc` is required there. */
export const externalLifecycle = z.strictObject(lifecycleFields).superRefine(statusRule);
export type ExternalLifecycle = z.infer<typeof externalLifecycle>;

/** A clause's own status, only where a text states it (本条自…起施行, …第N条同时废止). */
export const clauseLifecycle = z.strictObject({ status: z.enum(LIFECYCLE_STATUSES), evidence }).superRefine(statusRule);
export type ClauseLifecycle = z.infer<typeof clauseLifecycle>;

/** What a change did. */
export const CHANGE_KINDS = ['added', 'text-corrected', 'facts-revised', 'status-changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One entry of a document's change log (变更记录). Entries are appended, newest last, and never removed. */
export const changeEntry = z.strictObject({
	/** When the change was made on the site. */
	date: isoDate,
	/** added: new text; text-corrected: a verbatim error fixed; facts-revised: structured data changed; status-changed: lifecycle. */
	kind: z.enum(CHANGE_KINDS),
	/** What changed, in Chinese. */
	what: z.string().min(1),
	/** Why. */
	reason: z.string().min(1),
	/** The clauses it touched; absent: the document as a whole. */
	clauses: z.array(clauseId).optional(),
});
export type ChangeEntry = z.infer<typeof changeEntry>;

/** What `lifecycle` is when a file does not give one: nothing stated. */
export const UNKNOWN_LIFECYCLE = (): { status: '未知'; evidence: typeof NOT_STATED; relations: [] } => ({ status: '未知', evidence: NOT_STATED, relations: [] });
