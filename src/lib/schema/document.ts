import { z } from 'astro/zod';
import { isoDate, slugId } from './ids';
import { qualityFlag } from './quality';
import { changeEntry, documentLifecycle, UNKNOWN_LIFECYCLE } from './lifecycle';

/** An attachment (附件) listed by the document. */
export const attachment = z.strictObject({
	/** Its number (1 for 附件1; 1 also for a sole unnumbered 附件). */
	n: z.number().int().positive(),
	/** Title as printed. */
	title: z.string().min(1),
	/** present: its body is in the source; title-only: only the title survives. */
	status: z.enum(['present', 'title-only']),
});

/** What a printed line that is not clause text is, so pages and the export can show each in its place. */
export const PRINTED_ROLES = ['letterhead', 'number', 'title', 'addressees', 'disclosure', 'contact', 'attachments', 'heading', 'date', 'other'] as const;
export type PrintedRole = (typeof PRINTED_ROLES)[number];

/** A line of the source kept as document metadata, verbatim. */
export const printedLine = z.strictObject({
	/**
	 * letterhead: 版头 (issuing body + 文件); number: the 发文字号 line; title: a title line; addressees: the 主送 line;
	 * disclosure: 此件主动公开/依申请公开; contact: 联系单位/联系人/电话; attachments: the 附件 list; heading: the title of an
	 * enclosed 方案/措施; date: a date line outside the signature; other: anything else printed outside the clauses.
	 */
	role: z.enum(PRINTED_ROLES),
	/** The line as printed. */
	text: z.string().min(1),
});
export type PrintedLine = z.infer<typeof printedLine>;

/** Frontmatter of `content/documents/<slug>.yaml`. */
export const documentSchema = z
	.object({
		/** 发文字号 in canonical form with 〔〕 (`湘政函〔2023〕168号`). */
		number: z.string().regex(/^\S+〔\d{4}〕\d+号$/, 'must be a 发文字号 like `湘政函〔2023〕168号`'),
		/** Full title. */
		title: z.string().min(1),
		/** `text` when the title is printed in the source; `supplied` when taken from the published record. */
		titleSource: z.enum(['text', 'supplied']),
		/** Short name for lists and citations (the title of the enclosed measure where there is one). */
		shortTitle: z.string().min(1).optional(),
		/** Issuing bodies (unit ids). */
		issuers: z.array(slugId).min(1),
		/** 主送, verbatim. */
		addressees: z.string().min(1),
		/** The addressee roles (unit or role ids). */
		addresseeRoles: z.array(slugId).default([]),
		/** Date signed, or null when the text does not give it (then `dateNote` says so). */
		date: isoDate.nullable(),
		/** What the text says about the date when `date` is null or partial ("2018年，日期原文未载"). */
		dateNote: z.string().optional(),
		/** The year, even when the full date is not in the text (from the 发文字号). */
		year: z.number().int(),
		/** 主动公开 / 依申请公开, or null when the text does not say. */
		disclosure: z.enum(['主动公开', '依申请公开']).nullable(),
		/** File in `sources/` this document was ingested from. */
		sourceFile: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in sources/'),
		/** Attachments listed by the document. */
		attachments: z.array(attachment).default([]),
		/** Every line of the source that is not clause text (letterhead, title lines, 主送, 公开方式, contact, 附件 list), verbatim, in order. */
		printed: z.array(printedLine).default([]),
		/** Data-quality flags about the document as a whole. */
		quality: z.array(qualityFlag).default([]),
		/** Display order on the site (chronological). */
		order: z.number().int().nonnegative(),
		/** Status, dates, 文种 and relations, each with the words that state it (or 原文未载). */
		lifecycle: documentLifecycle.default(UNKNOWN_LIFECYCLE),
		/** 变更记录: what changed on the site and why, oldest first; append only. */
		changes: z.array(changeEntry).default([]),
	})
	.superRefine((d, ctx) => {
		if (d.date === null && !d.dateNote) {
			ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'is required when `date` is null: say what the text gives (原文未载…)' });
		}
	});
export type DocumentData = z.infer<typeof documentSchema>;
