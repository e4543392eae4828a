/**
 * The explicit, reviewed list of layout noise that may be removed from a source text.
 * Ingest strips exactly these; the fidelity test removes exactly these before comparing.
 * Anything else in a source must reach the site verbatim.
 */
export interface NoiseRule {
	/** Stable name, shown in reports. */
	name: string;
	/** Why it is noise and not text. */
	why: string;
	/** Pattern removed wherever it matches. */
	pattern: RegExp;
}

export const NOISE_RULES: readonly NoiseRule[] = [
	{ name: 'page-marker', why: 'PDF page numbers such as "- 2 -" on a line of their own', pattern: /^[ \t\u3000]*-\s*\d+\s*-[ \t\u3000]*$/gm },
	{
		name: 'page-marker-other',
		why: 'page numbers in other typesetting, alone on their line: "— 2 —", "－２－", "·3·", "第 2 页", "第2页 共10页"',
		pattern: /^[ \t\u3000]*(?:[—–―‐－·•]+[ \u3000]*[0-9０-９]+[ \u3000]*[—–―‐－·•]+|第[ \u3000]*[0-9０-９]+[ \u3000]*页(?:[ \u3000]*[，,]?[ \u3000]*共[ \u3000]*[0-9０-９]+[ \u3000]*页)?)[ \t\u3000]*$/gm,
	},
	{ name: 'bold-marker', why: 'Markdown bold markers left by the PDF-to-text conversion', pattern: /\*\*/g },
	{ name: 'heading-marker', why: 'Markdown heading hashes left by the conversion', pattern: /^#{1,6}[ \t]+/gm },
	{ name: 'html-paragraph', why: '<p> tags left by the conversion inside a table cell', pattern: /<\/?p>/g },
	{ name: 'blank-cell', why: 'form blanks drawn as underscores', pattern: /_{3,}/g },
];

/** Remove the reviewed noise from a source text (line structure is kept). */
export function stripNoise(text: string): string {
	let out = text.replace(/\r\n?/g, '\n');
	for (const rule of NOISE_RULES) out = out.replace(rule.pattern, '');
	return out;
}

/** Remove all white space: PDF line breaks and spacing are layout, not wording. */
export function squash(text: string): string {
	return text.replace(/[\s\u3000]+/g, '');
}
