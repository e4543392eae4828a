import type { Modality } from '../../schema/obligation';

/**
 * The directive words of the texts and the modality each one gives: the one table the README and
 * docs/curating.md print (a test holds them to it) and `modality.ts` checks every obligation against.
 *
 * Decided once: 推进 (push a task forward: 加快推进…改革, 推进…试点) is a plain directive to the one who carries the
 * task, so `should`; 推动 (push someone to do something: 推动学校优化内部治理) stays with 支持 as `supported`.
 * 请 (the request of a notice: 请各市州教育（体）局将…报送) is `should`. A clause with none of these words
 * (建设20个…, 落实…, 建立…) is a plain directive: `should`.
 *
 * Each word comes with the look-arounds that skip the same characters inside ordinary words: 主要, 需要, 要求
 * (a noun), 适应, 相应, 应用, 可持续, 认可, 舆论引导, 予以支持 and 对口支持 (the support is what is given, not
 * the modality), 支持力度, and 支持 as an attribute (明确/制定支持职业教育的…政策: policies that support).
 */
export const DIRECTIVE_WORDS: { modality: Modality; words: { word: string; pattern: string }[] }[] = [
	{
		modality: 'must',
		words: [
			{ word: '必须', pattern: '必须' },
			{ word: '须', pattern: '(?<![必无])须(?!知)' },
			{ word: '不得', pattern: '不得' },
			{ word: '严格', pattern: '严格' },
			{ word: '确保', pattern: '确保' },
		],
	},
	{
		modality: 'should',
		words: [
			{ word: '应当', pattern: '应当' },
			{ word: '应', pattern: '(?<![适对供响相反理回效])应(?![用急当])' },
			{ word: '要', pattern: '(?<![主重需纲概简必只摘将][\\s\\u3000]*)要(?![素点求件])' },
			{ word: '原则上', pattern: '原则上' },
			{ word: '推进', pattern: '推进' },
			{ word: '请', pattern: '(?<![申邀聘提报])请' },
		],
	},
	{
		modality: 'encouraged',
		words: [
			{ word: '鼓励', pattern: '鼓励' },
			{ word: '倡导', pattern: '倡导' },
		],
	},
	{
		modality: 'supported',
		words: [
			{ word: '支持', pattern: '(?<!予以优先|予以|给予|提供|智力|理解|政策|资金|金融|对口|明确|制定)支持(?!力度)' },
			{ word: '推动', pattern: '推动' },
			{ word: '探索', pattern: '探索' },
			{ word: '引导', pattern: '(?<!舆论|政府)引导' },
		],
	},
	{
		modality: 'may',
		words: [
			{ word: '可以', pattern: '可以' },
			{ word: '可', pattern: '(?<![认许宁])可(?!持续|能|靠|行|信|视|以)' },
			{ word: '允许', pattern: '允许' },
		],
	},
];

/** The modality of a plain directive: a clause that tells its actor to do something with no directive word. */
export const PLAIN_DIRECTIVE: Modality = 'should';

const WORD_MODALITY = new Map(DIRECTIVE_WORDS.flatMap((g) => g.words.map((w) => [w.word, g.modality] as const)));

/** Longer words first, so 应当 wins over 应 and 可以 over 可 at the same place. */
const DIRECTIVE_RE = new RegExp(
	DIRECTIVE_WORDS.flatMap((g) => g.words)
		.sort((a, b) => b.word.length - a.word.length)
		.map((w) => `(${w.pattern})`)
		.join('|'),
	'gu',
);

/** A directive word found in a text. */
export interface DirectiveWord {
	word: string;
	modality: Modality;
	/** Offset in the text searched. */
	index: number;
}

/** Every directive word of a text, left to right. */
export function directiveWords(text: string): DirectiveWord[] {
	return [...text.matchAll(DIRECTIVE_RE)].map((m) => ({ word: m[0], modality: WORD_MODALITY.get(m[0])!, index: m.index }));
}

/** The modality a directive word gives (undefined for other words). */
export const modalityOfWord = (word: string): Modality | undefined => WORD_MODALITY.get(word);
