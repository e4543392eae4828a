import { describe, expect, it } from 'vitest';
import { analyzeQuery, EQUIVALENT, required, type QueryWords, type Segment } from '../../../src/lib/search/analyze';
import { QUERY_WORDS } from '../../../src/lib/search/lexicon';
import type { TermEntry } from '../../../src/lib/search/vocabulary';

/**
 * A word segmenter that knows a few words and leaves every other character alone, as Intl.Segmenter does with
 * words it does not know (the browser's output for Chinese varies by version; the tests must not).
 */
function segmenter(words: string[]): Segment {
	const known = [...words].sort((a, b) => b.length - a.length);
	return (text) => {
		const out: string[] = [];
		for (let i = 0; i < text.length; ) {
			const w = known.find((k) => text.startsWith(k, i)) ?? text[i]!;
			out.push(w);
			i += w.length;
		}
		return out;
	};
}
const segment = segmenter(['推荐', '园区', '申报', '提前', '毕业', '学分', '设立', '分院', '大学', '免试', '获奖', '技能', '一年', '培训', '年度', '数据', '职称', '目的']);

const terms: TermEntry[] = [
	{ kind: 'unit', id: 'technician-college', name: '技师学院', terms: ['技师学院'], broader: ['技工院校', '职业院校'] },
	{ kind: 'unit', id: 'enterprise', name: '企业', terms: ['企业', '行业企业'] },
	{ kind: 'unit', id: 'consortium', name: '市域产教联合体', terms: ['市域产教联合体', '产教联合体', '联合体'] },
	{ kind: 'topic', id: 'skill-certificates', name: '职业技能等级证书', terms: ['职业技能等级证书', '1+X'] },
];
const lexicon = { docs: [{ slug: 'xiang-jiao-tong-2024-23', number: '湘教通〔2024〕23号' }], terms, words: QUERY_WORDS };
const analyze = (q: string, words: QueryWords = QUERY_WORDS) => analyzeQuery(q, { ...lexicon, words }, { segment });
const texts = (q: string) => required(analyze(q)).map((t) => t.text);

describe('analyzeQuery: set-aside words', () => {
	it('sets aside question words and particles, keeping the words of the question', () => {
		const a = analyze('学分够了可以提前毕业吗');
		expect(a.setAside).toEqual(['吗']);
		expect(texts('学分够了可以提前毕业吗')).toEqual(['学分', '够了', '提前', '毕业']);
		expect(a.runs).toEqual(['学分够了可以提前毕业']);
		expect(a.terms.find((t) => t.text === '可以')?.optional).toBe(true);
	});
	it('keeps words the texts use as optional: they count when present', () => {
		const a = analyze('推荐书报送时间');
		expect(a.terms.find((t) => t.text === '时间')).toMatchObject({ optional: true, source: 'soft' });
	});
	it('sets aside a one-character particle only where it is a word of its own', () => {
		expect(analyze('目的').setAside).toEqual([]);
	});
	it('requires soft words when there is nothing else to search', () => {
		expect(required(analyze('政策')).map((t) => t.text)).toEqual(['政策']);
	});
});

describe('analyzeQuery: intents', () => {
	const intents = (q: string) => analyze(q).intents;
	it('reads 几份/多少/几个 as asking for a number', () => {
		expect(intents('推荐书要交几份')).toContain('quantity');
		expect(intents('生均拨款多少钱')).toContain('quantity');
		expect(intents('一个园区可以申报几个联合体')).toContain('quantity');
	});
	it('reads 什么时候/截止/期限 as asking for a date', () => {
		expect(intents('推荐书什么时候报送')).toEqual(['deadline']);
		expect(intents('申报期限')).toContain('deadline');
		expect(intents('报送时间')).toContain('deadline');
	});
	it('reads 邮箱/地址/电话/联系人 as asking for a contact', () => {
		for (const q of ['申报材料发到哪个邮箱', '邮寄地址', '联系电话', '联系人是谁']) expect(intents(q), q).toContain('contact');
	});
	it('reads 谁负责/哪个部门/谁牵头 as asking for the 责任单位', () => {
		for (const q of ['实习保险谁负责', '哪个部门管', '技工教育联盟谁牵头']) expect(intents(q), q).toContain('responsible');
		// 牵头 as a word of the text (牵头学校) does not ask who leads.
		expect(intents('联合体牵头学校')).toEqual([]);
	});
	it('reads 能不能/可以/是否/允许 as asking what is allowed', () => {
		for (const q of ['技师学院能不能设立分院', '企业可以申报吗', '是否允许企业参与办学']) expect(intents(q), q).toContain('permission');
	});
	it('reads 要求/必须 as asking what is required', () => {
		for (const q of ['推荐书有什么要求', '必须加盖公章吗']) expect(intents(q), q).toContain('requirement');
	});
});

describe('analyzeQuery: terms', () => {
	it('takes unit and topic names whole, with their other names and broader units as ways of matching', () => {
		const a = analyze('技师学院能不能在企业设立分院');
		expect(required(a).map((t) => [t.text, t.source])).toEqual([
			['技师学院', 'unit'],
			['企业', 'unit'],
			['设立', 'word'],
			['分院', 'word'],
		]);
		const college = a.terms[0]!;
		expect(college.alternatives.find((x) => x.text === '职业院校')?.weight).toBe(0.5);
		expect(a.terms[1]!.alternatives.find((x) => x.text === '行业企业')?.weight).toBe(EQUIVALENT);
		expect(a.runs).toEqual(['技师学院', '企业设立分院']);
	});
	it('maps everyday words to the words the texts use', () => {
		const give = analyze('推荐书要交几份').terms.find((t) => t.text === '交')!;
		expect(give.source).toBe('synonym');
		// A lone 交 is not searched as such: it stands for the texts' words.
		expect(give.alternatives.map((x) => x.text)).toEqual(expect.arrayContaining(['报送', '邮寄', '发送']));
		expect(give.alternatives.some((x) => x.text === '交')).toBe(false);
	});
	it('keeps a word of the texts whole rather than cut at a synonym inside it', () => {
		expect(texts('学徒培训费用')).not.toContain('用');
	});
	it('joins characters the segmenter left alone, and keeps the word joined to as a way of matching', () => {
		const book = analyze('推荐书').terms[0]!;
		expect(book.text).toBe('推荐书');
		expect(book.alternatives.map((x) => [x.text, x.weight])).toEqual([
			['推荐书', 1],
			['推荐', 0.8],
		]);
		// 公|办|中|职: 办 next to lone characters is part of a word, not the synonym 办 = 开办.
		expect(texts('公办中职')).toEqual(['公办', '中职']);
	});
	it('does not require a character left alone', () => {
		const a = analyze('培训费用由谁出');
		expect(a.terms.find((t) => t.text === '出')?.optional).toBe(true);
	});
	it('takes document numbers out, and converts Traditional characters first', () => {
		const a = analyzeQuery('湘教通〔2024〕23號 聯合體', lexicon, { segment, toSimplified: (s) => s.replace('號', '号').replace('聯', '联').replace('體', '体') });
		expect(a.docs.map((d) => d.number)).toEqual(['湘教通〔2024〕23号']);
		expect(a.converted).toBe(true);
		expect(required(a).map((t) => t.text)).toEqual(['联合体']);
	});
	it('keeps Latin letters, digits and symbols whole', () => {
		expect(texts('hnzcc908@163.com')).toEqual(['hnzcc908@163.com']);
		expect(texts('1+X')).toEqual(['1+X']);
	});
	it('counts a word typed twice once', () => {
		expect(texts('企业 企业')).toEqual(['企业']);
	});
});
