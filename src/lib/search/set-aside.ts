/**
 * Words people put in a question that the clauses never contain, so requiring them turns a good query into a dead
 * end: question words, particles, politeness, the asker speaking of themselves. Reviewed by hand; each group says
 * why. Checked against the texts (tests/unit/search/tables.test.ts): a `drop` word occurs in no clause as a word of
 * its own; a word the texts do use is `soft` — not required, but a clause containing it ranks higher.
 *
 * Words that ask for a kind of answer (几份, 什么时候, 邮箱, 谁负责, 能不能, 必须) are in ./intents, not here.
 * A single character is set aside only when the query's word segmentation gives it as a word of its own, so 的 in
 * 目的 and 了 in 了解 stay.
 */

export interface SetAsideGroup {
	words: string[];
	/** drop: never counts; soft: not required, counts when present. */
	kind: 'drop' | 'soft';
	reason: string;
}

export const SET_ASIDE: SetAsideGroup[] = [
	{ words: ['吗', '呢', '吧', '啊', '呀', '么', '嘛'], kind: 'drop', reason: '句末语气词：只表示在提问。' },
	{
		words: ['什么', '啥', '怎么', '怎样', '怎么样', '如何', '哪个', '哪些', '哪里', '哪儿', '哪', '为什么', '怎么办', '是什么', '有哪些', '是多少'],
		kind: 'drop',
		reason: '疑问代词：问的内容由其余的词说明，条款里不会写“什么、哪个”。',
	},
	{ words: ['请问', '想问', '想知道', '请教', '麻烦', '一下', '谢谢'], kind: 'drop', reason: '礼貌用语。' },
	{ words: ['我们', '我校', '我们学校', '本校', '我单位', '我们单位', '我司', '我们公司', '咱们', '贵厅'], kind: 'drop', reason: '提问者的自称或称呼对方：条款写的是“学校、企业、省教育厅”。' },
	{ words: ['的', '了', '着', '过', '地', '得', '之'], kind: 'drop', reason: '结构助词、动态助词。' },
	{ words: ['是不是', '有没有', '会不会', '算不算', '对不对', '行吗', '可以吗'], kind: 'drop', reason: '是非问句的框架：问的是“是否如此”，条款不会这样写。' },
	{ words: ['是', '有', '在', '和', '与', '及', '或', '或者', '还是', '把', '被', '由', '给', '对', '从', '向', '跟', '让', '就', '都', '也', '还', '又'], kind: 'drop', reason: '系词、介词、连词、副词：单独成词时不说明内容（工业和信息化厅等名称整词识别，不受影响）。' },
	{ words: ['里', '内', '中', '上', '下'], kind: 'drop', reason: '方位词单独成词时（推荐书里、文件中）：只说位置。' },
	{ words: ['要', '想', '打算', '准备'], kind: 'drop', reason: '意愿、打算：“推荐书要交几份”的“要”。要求、必须等见 intents。' },
	{ words: ['一个', '这个', '那个', '这些', '那些', '这种', '每个'], kind: 'drop', reason: '指代与量词短语：“一个园区”的数量由“几个”问出，条款写“每个园区”。' },
	{ words: ['今年', '本年'], kind: 'drop', reason: '时间范围词：条款不写“今年”。' },
	{ words: ['一年', '每年', '年度'], kind: 'soft', reason: '时间范围词：条款写“每年、年培训比例、年度数据”，只作加分。' },
	{ words: ['有关', '关于', '相关', '方面', '问题', '情况', '事项', '内容', '具体'], kind: 'soft', reason: '泛指话题的词：条款也用（有关部门、相关专业），只作加分。' },
	{ words: ['政策', '文件', '规定', '通知', '办法'], kind: 'soft', reason: '指“政策本身”的词：条款也用（政策措施、管理规定），只作加分。' },
	{ words: ['条款', '条文', '原文'], kind: 'drop', reason: '指本站条款本身的词：条款里不写。' },
];
