import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { rehypeTableScroll } from '../../src/lib/render/rehype-table-scroll';

const render = (md: string) => String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTableScroll).use(rehypeStringify).processSync(md));

describe('rehypeTableScroll', () => {
	it('wraps every table in a focusable, labelled region', () => {
		const html = render('文字\n\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 甲 |\n');
		expect(html).toMatch(/<div class="table-scroll" tabindex="0" role="region" aria-label="表格（可横向滚动）"><table>/);
		expect(html.match(/table-scroll/g)).toHaveLength(1);
	});
	it('leaves text without tables alone', () => {
		expect(render('第一段。\n\n第二段。')).toBe('<p>第一段。</p>\n<p>第二段。</p>');
	});
});
