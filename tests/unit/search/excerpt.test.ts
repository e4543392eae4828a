import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightRanges, makeExcerpt, quoteRange, withoutBlockStops } from '../../../src/lib/search/excerpt';

describe('highlightRanges', () => {
	it('marks the query where it occurs, across quotes and spaces', () => {
		const text = '建设一批“楚怡”文化传承基地。';
		const [r] = highlightRanges(text, ['楚怡文化传承基地']);
		expect(text.slice(r![0], r![1])).toBe('楚怡”文化传承基地');
	});
	it('falls back to runs of the query when it does not occur whole', () => {
		const text = '理事会（董事会）由联合体成员组成';
		expect(highlightRanges(text, ['联合体理事会']).map(([a, b]) => text.slice(a, b))).toEqual(['理事会', '联合体']);
	});
});

describe('makeExcerpt', () => {
	it('cuts around the first match with ellipses and marks it', () => {
		const text = `${'甲'.repeat(100)}现场工程师${'乙'.repeat(100)}`;
		const html = makeExcerpt(text, ['现场工程师'], 40);
		expect(html.startsWith('…')).toBe(true);
		expect(html.endsWith('…')).toBe(true);
		expect(html).toContain('<mark>现场工程师</mark>');
		expect(html.replace(/<\/?mark>|…/g, '').length).toBe(40);
	});
	it('starts at the beginning when nothing matches, and escapes HTML', () => {
		expect(makeExcerpt('<b>短文</b>', ['无关'])).toBe('&lt;b&gt;短文&lt;/b&gt;');
		expect(escapeHtml('"&"')).toBe('&quot;&amp;&quot;');
	});
});

describe('the answer in the excerpt', () => {
	const text = `${'甲'.repeat(120)}2024年2月28日前，请各市州教育（体）局将《市域产教联合体推荐书》（一式5份，加盖公章）邮寄至我厅职成处。`;
	it('finds the fact’s words in the text, across punctuation', () => {
		const r = quoteRange(text, '《市域产教联合体推荐书》（一式5份，加盖公章）')!;
		expect(text.slice(r[0], r[1])).toBe('市域产教联合体推荐书》（一式5份，加盖公章');
	});
	it('centres the excerpt on the answer and marks it, the words of the query still marked inside', () => {
		const html = makeExcerpt(text, ['推荐书'], { length: 60, answer: '《市域产教联合体推荐书》（一式5份，加盖公章）' });
		expect(html).toMatch(/<mark class="answer">市域产教联合体<mark>推荐书<\/mark>》（一式5份，加盖公章<\/mark>/);
		expect(html.startsWith('…')).toBe(true);
	});
});

describe('withoutBlockStops', () => {
	it('takes out the full stops Pagefind adds between blocks, not those of numbers', () => {
		expect(withoutBlockStops('湖南省教育厅. 2024 年 1 月 25 日.')).toBe('湖南省教育厅 2024 年 1 月 25 日');
		expect(withoutBlockStops('附件2 1.1 联合体. 1. 遴选（群）. 完')).toBe('附件2 1.1 联合体 1. 遴选（群） 完');
	});
});
