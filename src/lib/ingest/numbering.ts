/** Numbering styles found in Hunan policy texts, and their parsing into Arabic numbers. */

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parse a Chinese numeral up to 9999 (一, 十二, 二十, 一百, 一千零五); NaN when it is not one. */
export function parseChineseNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (s === '半') return 0.5;
	let total = 0;
	let current = 0;
	const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
	for (const ch of s) {
		if (ch in CN_DIGITS) current = CN_DIGITS[ch]!;
		else if (ch in units) {
			const u = units[ch]!;
			if (u === 10000) {
				total = (total + (current || 0)) * u;
			} else {
				total += (current || 1) * u;
			}
			current = 0;
		} else return Number.NaN;
	}
	return total + current;
}

export type NumberingStyle = 'cn-chapter' | 'cn-article' | 'cn-dun' | 'cn-paren' | 'cn-shi' | 'num-paren' | 'num-fw-dot' | 'num-dot' | 'num-dun' | 'circled' | 'decimal';

export interface Numbering {
	style: NumberingStyle;
	/** The marker as printed, e.g. `（一）`, `3．`. */
	label: string;
	/** Its number(s) in Arabic numerals (`1.1` → [1, 1]). */
	path: number[];
	/** The text after the marker. */
	rest: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const CN = '[一二三四五六七八九十百零〇]+';

/** Full-width digits (１２) read as ASCII; one code unit each, so offsets stay the same. */
export function asciiDigits(s: string): string {
	return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const PATTERNS: { style: NumberingStyle; re: RegExp; parse: (m: RegExpMatchArray) => number[] }[] = [
	// National and other provinces' regulations: 第一章 … 第一条 ….
	{ style: 'cn-chapter', re: new RegExp(`^第(${CN})章[ \t\u3000]*`), parse: (m) => [parseChineseNumber(m[1]!)] },
	{ style: 'cn-article', re: new RegExp(`^第(${CN})条[ \t\u3000]*`), parse: (m) => [parseChineseNumber(m[1]!)] },
	{ style: 'cn-dun', re: /^([一二三四五六七八九十]+)、/, parse: (m) => [parseChineseNumber(m[1]!)] },
	{ style: 'cn-paren', re: /^[（(]([一二三四五六七八九十]+)[）)]/, parse: (m) => [parseChineseNumber(m[1]!)] },
	// 一是…，二是… when they open paragraphs (inside a paragraph they are running text).
	{ style: 'cn-shi', re: /^([一二三四五六七八九十]+)是(?=[，,：:、\u4e00-\u9fa5])[，,：:]?/, parse: (m) => [parseChineseNumber(m[1]!)] },
	{ style: 'num-paren', re: /^[（(](\d+)[）)]/, parse: (m) => [Number(m[1])] },
	{ style: 'decimal', re: /^(\d+)\.(\d+)[ \t\u3000]*/, parse: (m) => [Number(m[1]), Number(m[2])] },
	{ style: 'num-fw-dot', re: /^(\d+)．/, parse: (m) => [Number(m[1])] },
	{ style: 'num-dot', re: /^(\d+)\.(?!\d)[ \t\u3000]*/, parse: (m) => [Number(m[1])] },
	{ style: 'num-dun', re: /^(\d+)、/, parse: (m) => [Number(m[1])] },
	{ style: 'circled', re: new RegExp(`^([${CIRCLED}])`), parse: (m) => [CIRCLED.indexOf(m[1]!) + 1] },
];

/** Recognise a numbering marker at the start of a paragraph (full-width digits count as digits). */
export function parseNumbering(paragraph: string): Numbering | null {
	const ascii = asciiDigits(paragraph);
	for (const p of PATTERNS) {
		const m = ascii.match(p.re);
		if (m) return { style: p.style, label: paragraph.slice(0, m[0].length).trim(), path: p.parse(m), rest: paragraph.slice(m[0].length) };
	}
	return null;
}
