import type { Modality } from '../../schema/obligation';

/**
 * The README's modality table as code, in one place so that the rules module of the data-trust work
 * (`src/lib/content/rules/`) can replace it: each modality with the words that signal it. Look-arounds keep
 * words that merely contain the character out (应用, 主要, 可持续, 需要, 要求).
 */
export const MODALITY_WORDS: { modality: Modality; re: RegExp }[] = [
	{ modality: 'must', re: /必须|严禁|禁止|不得|(?<![必无])须(?!知)|严格|确保/g },
	{ modality: 'encouraged', re: /鼓励|倡导/g },
	{ modality: 'supported', re: /支持|推动|推进|探索|引导/g },
	{ modality: 'may', re: /可以|允许|(?<![认许不宁即])可(?![持靠行能视控观])/g },
	{ modality: 'should', re: /应当|原则上|(?<![适相对供响反效])应(?![用届急聘对])|(?<![主重需纲摘必只首概])要(?![求素点闻件])/g },
];

/** Governing words that take their actor as object: 支持X…, 鼓励X…. */
export const OBJECT_GOVERNING = /^(?:鼓励和支持|鼓励支持|支持引导|鼓励|支持|倡导|引导|推动|允许)/;

/** Adverbs that may stand before a governing word without changing it. */
const ADVERBS = /(?:积极|大力|进一步|优先|继续|重点|全面|逐步|切实|主动|也|还|均|都|并|同时|一般|原则上)$/;

/** Subjects that name no listed unit but stand where the subject does (各地要…, 实习单位不得…). */
const GENERIC_SUBJECT = /^(?:各地|各级|各方|地方|有关方面)$|^[\u4e00-\u9fa5（）()]{0,8}(?:单位|部门|学校|院校|企业|机构|学生|教师|政府|园区|联合体|专业)$/;

export interface ModalHit {
	modality: Modality;
	word: string;
	index: number;
}

/** Every modality word in a text, in order of position. */
export function modalWords(text: string): ModalHit[] {
	const hits: ModalHit[] = [];
	for (const { modality, re } of MODALITY_WORDS) {
		re.lastIndex = 0;
		for (const m of text.matchAll(re)) hits.push({ modality, word: m[0], index: m.index });
	}
	// At the same position the longer word wins (必须 over 须); 原则上 before its 应 keeps should.
	return hits.sort((a, b) => a.index - b.index || b.word.length - a.word.length);
}

/**
 * The modality word that governs a piece of text: the first one whose prefix is empty, adverbs, or the subject
 * (the caller strips the subject's names into `subjectEnd`). A word deep inside the phrase (提供…智力支持) does not
 * govern it.
 */
export function governingWord(piece: string, subjectEnd = 0): ModalHit | undefined {
	for (const h of modalWords(piece)) {
		let prefix = piece.slice(subjectEnd, h.index).replace(/^[，,、\s]+/, '');
		while (ADVERBS.test(prefix)) prefix = prefix.replace(ADVERBS, '');
		if (h.index < subjectEnd) continue;
		if (!prefix || GENERIC_SUBJECT.test(prefix)) return h;
	}
	return undefined;
}

/** A plain directive with no modal word is `should` (README: "a plain directive to a named actor"). */
export const DEFAULT_MODALITY: Modality = 'should';
