import type { Target } from '../../schema/target';
import { asciiDigits, parseChineseNumber } from '../numbering';
import { horizonOf, periodNear } from './periods';
import { pieces, sentences } from './text';

/** Measure words and units a target counts in, longest first. */
const UNITS = ['万人次', '人次', '万人', '万元', '亿元', '个月', '学时', '课时', '学分', '平方米', '小时', '%', '％', '个', '所', '名', '家', '门', '本', '项', '条', '种', '支', '人', '元', '年', '天', '字', '磅', '座', '台', '套', '间', '亩', '倍'];
const NUMBER = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十百千万]+|半)';
const BEFORE = '(不少于|不低于|至少|不超过|最多|不高于|至多|超过|高于|约|近)?';
const AFTER = '(左右|及以上|以上|以内|以下|及以下)?';
const QUANTITY = new RegExp(`${BEFORE}\\s*(${NUMBER})\\s*(${UNITS.join('|')})\\s*${AFTER}`, 'gu');

const AT_MOST = /不超过|最多|不高于|至多|以内|以下/;
const AT_LEAST = /不少于|不低于|至少|超过|高于|以上/;
/** A cell or line that is only a bound in brackets: (不超过200字), （1000 字以内）. */
const BRACKETED = /^[（(][^（）()]*[0-9０-９][^（）()]*[）)]$/;
/** A footnote or a definition (规模以上工业：指年主营业务收入在 2000 万元及以上…) states no target. */
const DEFINITION = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]|[：:]\s*指|是指/;

/** Verbs that open a number-last phrase (培育遴选产教融合示范企业500家): the subject follows them. */
const LEAD_VERBS = /^(?:培育遴选|遴选建设|支持建设|重点建设|培育建设|重点办好|遴选|建设|培育|培养|培训|确保|落实|新增|打造|设立|组建|推动|实现)/;

function parseValue(written: string): number {
	const ascii = asciiDigits(written).replace('．', '.');
	return /^[\d.]+$/.test(ascii) ? Number(ascii) : parseChineseNumber(written);
}

/**
 * Whether a number with a measure word states a quantity to reach, not a name, a date or a count of copies.
 * Chinese numerals are common in names (五位一体, 两翼, 三年行动), so they count only with a bound (一年及以上,
 * 半年以上) or as a course length (两年制); a year count only with a bound, a span (用3年左右时间, 为期1年) or 每N年.
 */
function isTarget(text: string, start: number, end: number, m: RegExpMatchArray): boolean {
	const [, before, num, unit, after] = m;
	const chinese = !/[0-9０-９]/.test(num!);
	const prev = text.slice(Math.max(0, start - 2), start);
	const next = text.slice(end, end + 3);
	const bound = Boolean(before && !/约|近/.test(before)) || Boolean(after && after !== '左右');
	if (/第$|×$|x$|X$/.test(prev) || /^[×xX]/.test(next)) return false;
	if (/近\s*$/.test(prev) && unit === '年') return false;
	if (/一式$/.test(prev)) return false;
	if (unit === '年' && /^(?:19|20)\d\d$/.test(asciiDigits(num!))) return false;
	if (/^[—－-]/.test(next) || /[—－-]$/.test(prev)) return false;
	if (chinese) {
		if (num === '半') return bound;
		return bound || (unit === '年' && next.startsWith('制'));
	}
	if (unit === '年') return bound || /为期$|用\s*$|每\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^(?:左右)?时间/.test(text.slice(end, end + 4)) || next.startsWith('制');
	return true;
}

/** The noun the number counts: after it (20 个左右楚怡文化传承基地) or, when the number ends the phrase, before it. */
function subjectOf(piece: string, start: number, end: number, unit: string): { subject: string; from: number; to: number } {
	// 产业园区主导产业情况(不超过200字): a bound in brackets limits the words before the bracket.
	const open = Math.max(piece.lastIndexOf('(', start), piece.lastIndexOf('（', start));
	const closeAt = piece.slice(open + 1, start).search(/[)）]/);
	if (open >= 0 && closeAt < 0) {
		const from = Math.max(piece.lastIndexOf('、', open), piece.lastIndexOf('，', open), piece.lastIndexOf(',', open)) + 1;
		const close = piece.slice(end).search(/[)）]/);
		const subject = piece.slice(from, open).trim();
		if (subject.length >= 2) return { subject, from, to: close >= 0 ? end + close + 1 : end };
	}
	const after = piece.slice(end);
	const stop = after.search(/[，。；,;（(]|[、和及与]\s*[0-9０-９一二两三四五六七八九十]/);
	// 产教融合领军人才100名、产业教授…: a number followed by a separator ends its phrase; the noun is before it.
	const raw = /^\s*[、，,和及与]/.test(after) ? '' : (stop >= 0 ? after.slice(0, stop) : after).replace(/^的/, '');
	if (unit === '年' && raw.startsWith('制') && raw.length >= 3) return { subject: `${raw.slice(1, 40)}学制`, from: start, to: end + 1 + raw.length - 1 };
	if (raw.length >= 2) {
		// 6000 名左右熟悉系统集成、生产工艺等环节的现场工程师: the noun is what follows the last 的.
		const subject = (raw.length > 24 && raw.includes('的') ? raw.slice(raw.lastIndexOf('的') + 1) : raw).slice(0, 40);
		return { subject, from: start, to: end + after.indexOf(subject) + subject.length };
	}
	const head = piece.slice(0, start);
	const cut = Math.max(head.lastIndexOf('、'), head.lastIndexOf('，'), head.lastIndexOf(','));
	let from = cut + 1;
	const phrase = head.slice(from);
	const verb = phrase.match(LEAD_VERBS);
	if (verb) from += verb[0].length;
	// 每所高职院校至少建设２个: the noun is what is left without the bound and the verb.
	const bare = head.slice(from).replace(/(?:至少|不少于|不低于|最多|不超过|不高于)?(?:应|要|须)?(?:建设|建立|遴选|培育|培养|申报|安排|达到|提供|设立|办好)?$/, '').trim();
	const subject = bare || head.slice(from).trim() || piece.slice(start, end);
	return { subject: subject.slice(-40), from: Math.max(0, cut + 1), to: end };
}

/**
 * Quantitative targets of a clause: a number (Arabic, full-width or Chinese) with a measure word, its bound
 * (不少于/不低于/以上 → at-least; 最多/不超过/以内 → at-most), 左右 (approx) and its horizon (到2025年, "十四五"末,
 * 每年, 用3年时间). Each quote is the words of the text that state it and contains the value as written.
 */
export function extractTargets(text: string): Target[] {
	const out: Target[] = [];
	let prevLine = '';
	for (const raw of text.split('\n')) {
		if (DEFINITION.test(raw)) continue;
		// 3.特色与创新 / (2000 字以内): a bound alone on its line limits the heading above it.
		const line = BRACKETED.test(raw.trim()) && prevLine ? `${prevLine.replace(/^[0-9０-９]+[.．、]\s*/, '')}${raw.trim()}` : raw;
		prevLine = raw.trim();
		for (const sentence of line.includes('\t') ? rowPhrases(line) : sentences(line)) {
			if (DEFINITION.test(sentence)) continue;
			out.push(...targetsOf(sentence));
		}
	}
	return out;
}

/**
 * The phrases of a table row: its cells, except that a cell that is only a bound in brackets ((不超过200字)) is
 * read with the label in the cell before it, and a repeat of the same bound in the next cell is left out.
 */
function rowPhrases(row: string): string[] {
	const cells = row.split('\t').map((c) => c.trim());
	const out: string[] = [];
	let prev = '';
	for (const cell of cells) {
		if (!cell) continue;
		const bracketed = BRACKETED.test(cell);
		if (bracketed && prev && !/^[（(]/.test(prev)) out.push(`${prev}${cell}`);
		else if (!bracketed) out.push(...sentences(cell));
		prev = cell;
	}
	return out;
}

function targetsOf(sentence: string): Target[] {
	const out: Target[] = [];
	const horizon = horizonOf(sentence);
	for (const piece of pieces(sentence)) {
		const found = [...piece.matchAll(QUANTITY)];
		found.forEach((m, k) => {
			const start = m.index;
			const end = start + m[0].length;
			if (!isTarget(piece, start, end, m)) return;
			const [, before, num, unit, after] = m;
			// 每5年不少于6个月: the 每N年 is the period of the next quantity, not a target of its own.
			if (unit === '年' && /每\s*$/.test(piece.slice(0, start)) && found.slice(k + 1).some((x) => x.index >= end)) return;
			// 不少于企业职工总人数30%: the bound may stand before the noun the number ends.
			const lookback = piece.slice(Math.max(0, piece.lastIndexOf('、', start) + 1, start - 12), start).match(/不少于|不低于|至少|不超过|最多|不高于|至多/)?.[0] ?? '';
			const bound = `${before ?? ''}${after ?? ''}${after || before ? '' : lookback}`;
			const comparator = AT_MOST.test(bound) ? 'at-most' : AT_LEAST.test(bound) ? 'at-least' : 'exact';
			const { subject, from, to } = subjectOf(piece, start, end, unit!);
			const quote = piece.slice(from, to).trim();
			const period = periodNear(piece, start) ?? horizon;
			out.push({
				subject,
				value: parseValue(num!),
				unit: unit === '％' ? '%' : unit === '个月' ? '月' : unit!,
				approx: after === '左右' || before === '约' || before === '近',
				comparator,
				...(period ? { period } : {}),
				quote,
			});
		});
	}
	return out;
}
