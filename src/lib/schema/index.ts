/**
 * The one schema of xiangce. Content validation (`scripts/validate.ts` and `src/content.config.ts`),
 * TypeScript types, the `/api/clauses.json` export and `/api/schema.json` all derive from here.
 */
import { z } from 'astro/zod';
import { clauseFacts, CLAUSE_KINDS } from './clause';
import { obligation } from './obligation';
import { deadline } from './deadline';
import { unitSchema } from './unit';
import { topicSchema } from './topic';
import { externalSchema } from './external';
import { clauseId, docSlug, isoDate, slugId } from './ids';
import { attachment, printedLine } from './document';
import { qualityFlag } from './quality';
import { changeEntry, documentLifecycle } from './lifecycle';
import { review } from './review';

export * from './ids';
export * from './quality';
export * from './review';
export * from './obligation';
export * from './target';
export * from './form-limit';
export * from './deadline';
export * from './responsible';
export * from './ref';
export * from './clause';
export * from './document';
export * from './unit';
export * from './rule-exception';
export * from './topic';
export * from './external';
export * from './lifecycle';
export * from './industry-layout';

/** A unit as the API shows it: id resolved to its canonical name. */
const namedUnit = z.object({ id: slugId, name: z.string() });

/** One document in `/api/clauses.json`: every printed line of it that is not a clause, in its place. */
export const apiDocument = z.object({
	/** Document slug. */
	slug: docSlug,
	/** 发文字号. */
	number: z.string(),
	/** Full title. */
	title: z.string(),
	/** Whether the title is printed in the source or supplied from the published record. */
	titleSource: z.enum(['text', 'supplied']),
	/** Short name for lists and citations, or null. */
	shortTitle: z.string().nullable(),
	/** Issuing bodies. */
	issuers: z.array(namedUnit),
	/** 主送: the line as printed and the units or roles it names. */
	addressees: z.object({ text: z.string(), units: z.array(namedUnit) }),
	/** Date signed, null when the text does not give it. */
	date: isoDate.nullable(),
	/** What the text says about the date when it is missing or partial, or null. */
	dateNote: z.string().nullable(),
	/** Year (from the date, or from the 发文字号). */
	year: z.number().int(),
	/** 公开方式 (主动公开 / 依申请公开) and the line that says so; null when the text does not say. */
	disclosure: z.object({ value: z.enum(['主动公开', '依申请公开']), line: z.string().nullable() }).nullable(),
	/** 版头 lines as printed (empty when the text has none). */
	letterhead: z.array(z.string()),
	/** Contact lines (联系单位/联系人/电话) as printed. */
	contact: z.array(z.string()),
	/** Attachments, with the clause that holds each one's text (null when only the title survives). */
	attachments: z.array(attachment.extend({ clause: z.object({ id: clauseId, url: z.string() }).nullable() })),
	/** Every printed line outside the clauses, in order, with what it is. */
	printed: z.array(printedLine),
	/** Data-quality notes on the document as a whole. */
	quality: z.array(qualityFlag),
	/** File in `sources/` the text comes from. */
	sourceFile: z.string(),
	/** Site path of the whole document. */
	url: z.string(),
	/** Site path of the per-document open-data file. */
	api: z.string(),
	/** Status (时效性) with its evidence or 原文未载, dates stated, 文种 as printed, relations to other documents. */
	lifecycle: documentLifecycle,
	/** 变更记录, oldest first. */
	changes: z.array(changeEntry),
});

/** One clause in `/api/clauses.json`. */
export const apiClause = z.object({
	/** Document slug. */
	doc: docSlug,
	/** Clause id (unique within the document). */
	id: clauseId,
	/** Site path of the clause permalink. */
	url: z.string(),
	/** Numbering as printed. */
	label: z.string(),
	/** Heading or lead sentence. */
	title: z.string().nullable(),
	/** Enclosing clause id. */
	parent: clauseId.nullable(),
	/** What the clause does. */
	kind: z.enum(CLAUSE_KINDS),
	/** Position in the document. */
	order: z.number().int(),
	/** The verbatim clause text as plain text (tables: cells separated by tabs, rows by newlines). */
	text: z.string(),
	...clauseFacts,
	/** Obligations, with the actors' canonical names. */
	obligations: z.array(obligation.extend({ actorNames: z.array(z.string()) })),
	/** Deadlines, with canonical names of who delivers and to whom. */
	deadlines: z.array(deadline.extend({ whoNames: z.array(z.string()), toNames: z.array(z.string()) })),
	/** 责任单位, with canonical names. */
	responsible: z.array(z.object({ unit: slugId, name: z.string(), role: z.enum(['lead', 'co']), via: z.string().optional(), quote: z.string(), review })),
});

/** The whole open-data file `/api/clauses.json`. */
export const apiExport = z.object({
	documents: z.array(apiDocument),
	units: z.array(unitSchema.pick({ id: true, name: true, type: true, level: true, parents: true, aliases: true })),
	topics: z.array(topicSchema),
	external: z.array(externalSchema),
	clauses: z.array(apiClause),
});
export type ApiExport = z.infer<typeof apiExport>;
export type ApiDocument = z.infer<typeof apiDocument>;
export type ApiClause = z.infer<typeof apiClause>;

/** `/api/documents/<slug>.json`: one document and its clauses, in the same shapes as `/api/clauses.json`. */
export const apiDocumentFile = z.object({
	document: apiDocument,
	clauses: z.array(apiClause),
});
export type ApiDocumentFile = z.infer<typeof apiDocumentFile>;

/** JSON Schema (draft 2020-12) of `/api/clauses.json`, generated from the zod schema. */
export function apiJsonSchema(): Record<string, unknown> {
	return {
		$id: '/api/schema.json',
		title: '湘策 xiangce open data: /api/clauses.json',
		...z.toJSONSchema(apiExport, { io: 'output', unrepresentable: 'any' }),
	};
}

/** JSON Schema of `/api/documents/<slug>.json`. */
export function apiDocumentJsonSchema(): Record<string, unknown> {
	return {
		$id: '/api/document.schema.json',
		title: '湘策 xiangce open data: /api/documents/<slug>.json',
		...z.toJSONSchema(apiDocumentFile, { io: 'output', unrepresentable: 'any' }),
	};
}

export { clauseId as clauseIdSchema };
