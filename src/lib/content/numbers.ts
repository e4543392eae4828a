import { asciiDigits, parseChineseNumber } from '../ingest/numbering';

/** Every number written in a text, Arabic (6000, 0.5, 1,000, full-width ２０) or Chinese (一, 两, 十四, 半). */
export function numbersIn(written: string): number[] {
	const text = asciiDigits(written);
	const out: number[] = [];
	for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.push(Number(m[0].replace(/,/g, '')));
	for (const m of text.matchAll(/[零〇一二两三四五六七八九十百千万半]+/g)) {
		const n = parseChineseNumber(m[0]);
		if (!Number.isNaN(n)) out.push(n);
	}
	return out;
}

/** Year, month and day written in a text (2024年2月28日, 2024-02-28). */
export function datesIn(written: string): string[] {
	const text = asciiDigits(written);
	const out: string[] = [];
	for (const m of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g)) out.push(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
	for (const m of text.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) out.push(m[0]);
	return out;
}
