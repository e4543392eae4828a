import { describe, expect, it } from 'vitest';
import { escapeMdx, mdxToPlain, tsvToTable } from '../../src/lib/content/mdx-text';

describe('escapeMdx → mdxToPlain round trip keeps verbatim text', () => {
	it.each([
		'1.基本情况',
		'2. 夯实高职专科教育主体地位。',
		'完善“文化素质+职业技能”评价方式',
		'对接 4×4 湖南现代化产业体系',
		'<p>申报单位承诺</p>',
		'{不超过200字} [注] *重点* _下划线_ ~删除~ a|b',
		'- 2 - 不是列表',
		'# 不是标题',
		'> 不是引用',
		'字体为仿宋_GB2312，行距为固定值 16 磅。',
	])('%s', (text) => expect(mdxToPlain(escapeMdx(text))).toBe(text));
});

describe('tables', () => {
	it('renders tab-separated rows as a GFM table and reads them back as tab-separated rows', () => {
		const md = tsvToTable([['序号', '市域产教联合体名称'], ['1', ''], ['2', 'a|b']]);
		expect(md.split('\n')[1]).toBe('| --- | --- |');
		expect(mdxToPlain(md)).toBe('序号\t市域产教联合体名称\n1\t\n2\ta|b');
	});
	it('pads ragged rows', () => {
		expect(mdxToPlain(tsvToTable([['a', 'b', 'c'], ['1']]))).toBe('a\tb\tc\n1\t\t');
	});
});

describe('mdxToPlain', () => {
	it('separates paragraphs with a blank line', () => {
		expect(mdxToPlain('第一段。\n\n第二段。')).toBe('第一段。\n\n第二段。');
	});
});
