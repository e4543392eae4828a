import { z } from 'astro/zod';

/**
 * Identifier rules. These ids end up in public URLs, so they are checked, not trusted.
 * The rule is written down in the README ("Identifiers").
 */

/** Document slug: the 发文字号 spelt in pinyin words plus year and serial, e.g. `xiang-zheng-han-2023-168`. */
export const DOC_SLUG_RE = /^[a-z]+(?:-[a-z]+)*-\d{4}-\d+$/;

/**
 * Clause id: the clause's own numbering path in Arabic numerals joined by `-`;
 * attachments start with `att<N>`; unnumbered text uses a short lowercase word (`preamble`, `sign`)
 * or a word+number suffix (`3-p1`).
 */
export const CLAUSE_ID_RE = /^(?:att\d+|\d+|[a-z]+)(?:-(?:\d+|[a-z]+\d*))*$/;

/** Unit, role, topic and external-document ids: lowercase ASCII words joined by `-`. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const docSlug = z
	.string()
	.regex(DOC_SLUG_RE, 'must look like `xiang-zheng-han-2023-168` (pinyin words, year, serial number)');

export const clauseId = z
	.string()
	.regex(
		CLAUSE_ID_RE,
		'must be the numbering path in Arabic numerals joined by `-` (e.g. `2-1-3`, `att2-1-1`, `preamble`, `3-p1`)'
	);

export const slugId = z.string().regex(SLUG_RE, 'must be lowercase ASCII words joined by `-` (e.g. `edu-dept`)');

/** YAML loaders differ: some turn an unquoted 2024-01-25 into a Date. Accept both, keep the string. */
function dateToIso(v: unknown): unknown {
	return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v;
}

/** ISO calendar date `YYYY-MM-DD` that exists on the calendar (no 2024-02-30). */
export const isoDate = z.preprocess(dateToIso, z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date `YYYY-MM-DD`')
	.refine((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}, 'is not a real calendar date'));
