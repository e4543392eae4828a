import type { z } from 'astro/zod';
import type { period as periodSchema } from '../../schema/target';
import { asciiDigits, parseChineseNumber } from '../numbering';

export type Period = z.infer<typeof periodSchema>;

const FIVE_YEAR = /(?:力争)?(?:到|至)?\s*[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:末|期末|时期末)/u;
const BY_YEAR = /(?:力争)?(?:到|至)\s*((?:19|20)[0-9０-９]{2})\s*年(?:底|末)?/u;

/** The year a 五年规划 ends: 十四五 → 2025. */
const planEnd = (n: number) => 2010 + 5 * (n - 11);

/** A sentence's horizon: 到2025年, "十四五"末 (the words as written, the year it means). */
export function horizonOf(sentence: string): Period | undefined {
	const five = sentence.match(FIVE_YEAR);
	if (five) return { kind: 'by', year: planEnd(10 + parseChineseNumber(five[1]!)), words: five[0].trim() };
	// Full-width digits (到２０２７年) are matched as ASCII; the words keep the text's own digits (same offsets).
	const by = asciiDigits(sentence).match(BY_YEAR);
	if (by) return { kind: 'by', year: Number(by[1]!), words: sentence.slice(by.index!, by.index! + by[0].length).trim() };
	return undefined;
}

const N = '([0-9０-９]+|[一二两三四五六七八九十])';
const EVERY = new RegExp(`每\\s*${N}?\\s*(年|个月|月|季度|学期)`, 'gu');
const WITHIN = new RegExp(`(?:用\\s*${N}\\s*年(?:左右)?时间|前\\s*${N}\\s*年|${N}\\s*年内)`, 'gu');
const MONTHS: Record<string, number> = { 年: 12, 个月: 1, 月: 1, 季度: 3, 学期: 6 };
const count = (s: string | undefined) => (s ? (/[0-9０-９]/.test(s) ? Number(asciiDigits(s)) : parseChineseNumber(s)) : 1);

/** A recurrence (每年, 每5年) or a span (用3年时间, 前3年) written before `index` in the same piece, nearest first. */
export function periodNear(piece: string, index: number): Period | undefined {
	const head = piece.slice(0, index + 12);
	const found: { at: number; p: Period }[] = [];
	for (const m of head.matchAll(EVERY)) if (m.index <= index) found.push({ at: m.index, p: { kind: 'every', months: count(m[1]) * MONTHS[m[2]!]!, words: m[0] } });
	for (const m of head.matchAll(WITHIN)) {
		const n = m[1] ?? m[2] ?? m[3];
		if (m.index <= index + 1) found.push({ at: m.index, p: { kind: 'within', months: count(n) * 12, words: m[0] } });
	}
	return found.sort((a, b) => b.at - a.at)[0]?.p;
}
