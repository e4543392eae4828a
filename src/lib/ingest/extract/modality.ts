import type { Modality } from '../../schema/obligation';
import { directiveWords } from '../../content/rules/directive-words';
import { expectedModality } from '../../content/rules/modality';

/**
 * Modality comes from the data rules' table (`src/lib/content/rules/directive-words.ts`, the README's table):
 * the extractor finds the same words validation checks against, and an obligation's modality is what the
 * `modality` rule expects for its quote. This module only adds what segmentation needs: which word governs a
 * piece, and which governing words take their actor as object.
 */

/** Governing words that take their actor as object: 支持X…, 鼓励X…. */
export const OBJECT_GOVERNING = /^(?:鼓励和支持|鼓励支持|支持引导|鼓励|支持|倡导|引导|推动|允许)/;

/** Adverbs that may stand before a governing word without changing it. */
const ADVERBS = /(?:积极|大力|进一步|优先|继续|重点|全面|逐步|切实|主动|加快|也|还|均|都|并|同时|一般|原则上)$/;

/** Subjects that name no listed unit but stand where the subject does (各地要…, 实习单位不得…). */
const GENERIC_SUBJECT = /^(?:各地|各级|各方|地方|有关方面)$|^[\u4e00-\u9fa5（）()]{0,8}(?:单位|部门|学校|院校|企业|机构|学生|教师|政府|园区|联合体|专业)$/;

export interface ModalHit {
	modality: Modality;
	word: string;
	index: number;
}

/** Every directive word of a text, in order of position (the rules' table). */
export const modalWords = (text: string): ModalHit[] => directiveWords(text);

/**
 * The directive word that governs a piece of text: the first one whose prefix is empty, adverbs, or the subject
 * (the caller strips the subject's names into `subjectEnd`). A word deep inside the phrase (提供…智力支持) does not
 * govern it.
 */
export function governingWord(piece: string, subjectEnd = 0): ModalHit | undefined {
	for (const h of modalWords(piece)) {
		if (h.index < subjectEnd) continue;
		let prefix = piece.slice(subjectEnd, h.index).replace(/^[，,、\s]+/, '');
		while (ADVERBS.test(prefix)) prefix = prefix.replace(ADVERBS, '');
		if (!prefix || GENERIC_SUBJECT.test(prefix)) return h;
	}
	return undefined;
}

/** The modality of an obligation quoted from `text`: what the `modality` rule expects (no directive word → should). */
export const modalityOf = (quote: string, text: string): Modality => expectedModality(quote, text).modality;
