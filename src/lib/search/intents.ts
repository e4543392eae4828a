/**
 * What a question asks for, and where the structured data holds the answer: 几份 asks for a number (a target, the
 * copies in a deadline's `how`), 什么时候 for a date or horizon, 邮箱 for a contact line, 谁负责 for the 责任单位,
 * 能不能 for what the text allows or encourages, 必须 for what it requires. Reviewed by hand; each group says why.
 *
 * A cue word is set aside from the words a clause must contain (the clauses do not say 几份 or 邮箱). A `soft` cue
 * is a word the texts also use (时间, 要求, 比例, 牵头): not required, but a clause containing it ranks higher.
 * A single character is a cue only when the query's word segmentation gives it as a word of its own.
 */

export const INTENTS = ['quantity', 'deadline', 'contact', 'responsible', 'permission', 'requirement'] as const;
export type Intent = (typeof INTENTS)[number];

/** Kinds of facts in the answer index (./answers). */
export type FactKind = 'target' | 'copies' | 'deadline' | 'horizon' | 'contact' | 'responsible' | 'must' | 'should' | 'encouraged' | 'supported' | 'may';

/**
 * The facts that answer each intent: `direct` ones answer it as asked (谁负责 → the 责任单位); `fallback` ones when
 * the clause has none of those (the actor of a duty, for 由谁). A direct fact beats a fallback whatever words it
 * shares with the question.
 */
export const INTENT_FACTS: Record<Intent, { direct: FactKind[]; fallback: FactKind[] }> = {
	quantity: { direct: ['target', 'copies'], fallback: [] },
	deadline: { direct: ['deadline', 'horizon'], fallback: [] },
	contact: { direct: ['contact'], fallback: [] },
	responsible: { direct: ['responsible'], fallback: ['must', 'should'] },
	permission: { direct: ['may', 'encouraged', 'supported'], fallback: [] },
	requirement: { direct: ['must', 'should'], fallback: ['copies', 'target'] },
};

/** How the answer line names what it answers. */
export const INTENT_LABEL: Record<Intent, string> = {
	quantity: '数量',
	deadline: '时间',
	contact: '联系方式',
	responsible: '责任单位',
	permission: '是否可以',
	requirement: '要求',
};

export interface CueGroup {
	intents: Intent[];
	words: string[];
	soft?: boolean;
	reason: string;
}

export const INTENT_CUES: CueGroup[] = [
	{
		intents: ['quantity'],
		words: ['几份', '几个', '几所', '几名', '几家', '几门', '几本', '几项', '几次', '几人', '几批', '几条', '几种', '多少', '多少个', '多少所', '多少名', '多少家', '多少人', '多少份', '多少钱', '多大', '份数', '名额', '上限', '下限', '多少比例', '占比', '最少'],
		reason: '问数量：答案在量化目标（数值、单位、不少于/最多）或报送要求的份数里。',
	},
	{ intents: ['quantity'], words: ['比例', '数量', '最多', '至少', '不少于', '不低于', '不超过', '规模'], soft: true, reason: '问数量的词，条款也写（一定比例、地市数量、最多申报1个、不少于）：加分。' },
	{ intents: ['quantity', 'deadline'], words: ['多久', '多长时间', '多长', '几年', '几个月', '几天'], reason: '问时长或期限：答案是带年月的目标（每5年不少于6个月、用3年左右时间）或期限。' },
	{
		intents: ['deadline'],
		words: ['什么时候', '何时', '哪天', '几号', '几月', '哪年', '截至', '截止日期', '期限', '时限', '到期', '之前', '以前', '什么时间', '啥时候'],
		reason: '问日期：答案在期限（日期与报送事项）或目标的时限（到2025年、“十四五”末）里。',
	},
	{ intents: ['deadline'], words: ['时间', '截止', '截止时间', '日期', '时间节点'], soft: true, reason: '问日期的词，条款也写（实践锻炼时间、数据截止时间、填表日期、时间节点）：加分。' },
	{
		intents: ['contact'],
		words: ['邮箱', '电子邮箱', '邮件', '电子邮件', 'email', 'e-mail', '手机', '联系方式', '找谁', '问谁', '哪个处', '哪个处室', '传真'],
		reason: '问怎样联系、寄到哪里：答案在报送要求的邮箱、地址、联系人和电话，或文件印发的联系单位里。',
	},
	{ intents: ['contact'], words: ['地址', '邮寄地址', '电话', '联系电话', '联系人', '联系', '咨询'], soft: true, reason: '问联系方式的词，通知也写（邮寄地址、联系人、联系电话）：加分。' },
	{
		intents: ['responsible'],
		words: ['谁负责', '谁来负责', '由谁负责', '由谁', '谁来', '谁牵头', '谁管', '归谁管', '哪个部门', '哪些部门', '什么部门', '哪个单位', '哪些单位', '牵头单位', '责任单位', '主管部门', '责任部门', '谁'],
		reason: '问由谁做：答案在责任单位（牵头、配合）或义务的主体里。',
	},
	{ intents: [], words: ['负责', '牵头', '主管', '部门'], soft: true, reason: '说由谁做的词，条款里多作内容（牵头学校、负责落实、有关部门）：只加分，不当作在问责任单位（“谁负责、谁牵头”才是）。' },
	{
		intents: ['permission'],
		words: ['能不能', '能否', '可不可以', '可否', '是否', '是否可以', '是否能', '能', '可', '行不行', '有没有资格', '有资格', '准不准', '让不让'],
		reason: '问可不可以：答案在原文用“可、可以、允许、鼓励、支持”的义务里。',
	},
	{ intents: ['permission'], words: ['可以', '允许'], soft: true, reason: '问可不可以的词，条款也写（可以按照规定享受、允许企业）：加分。' },
	{
		intents: ['requirement'],
		words: ['必须', '应当', '应该', '需不需要', '要不要', '必需', '一定要', '得', '须', '有什么要求', '哪些要求'],
		reason: '问必须做什么：答案在原文用“须、必须、应、要”的义务，或报送要求（份数、公章）和量化目标里。',
	},
	{ intents: ['requirement'], words: ['要求', '条件', '标准', '需要', '符合'], soft: true, reason: '问要求的词，条款也写（条件要求、认定标准、发展需要、符合条件的）：加分。' },
];
