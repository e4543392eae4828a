import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypeRefLinks, type FrontmatterRef, type RefLinkOptions, type RefLinkReport } from '../../src/lib/render/rehype-ref-links';
import { RELATION_LABEL, type Relation } from '../../src/lib/citations/references';

const dir = join(import.meta.dirname, '../fixtures/ref-links');

/** Fixture targets: no corpus needed, the tooltip just names the target. */
const options: RefLinkOptions = {
	resolve: (r: FrontmatterRef) => {
		const rel = RELATION_LABEL[(r.relation ?? 'cites') as Relation];
		if (r.external === 'unknown-doc') return undefined;
		if (r.external) return { href: `/external/${r.external}/`, title: `${rel}：外部文件 ${r.external}`, relation: r.relation };
		return { href: `/policies/${r.doc}/${r.clause ? `${r.clause}/` : ''}`, title: `${rel}：${r.doc}${r.clause ? ` ${r.clause}` : ''}`, relation: r.relation };
	},
	numbers: [
		{ number: '湘政办发〔2018〕82号', target: { href: '/policies/xiang-zheng-ban-fa-2018-82/', title: '湘政办发〔2018〕82号（本库收录）' } },
		{ number: '湘政函〔2023〕168号', target: { href: '/policies/xiang-zheng-han-2023-168/', title: '湘政函〔2023〕168号（本库收录）' } },
	],
};

async function run(markdown: string, refs: FrontmatterRef[]): Promise<{ html: string; report: RefLinkReport }> {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { refs } } } });
	const out = await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeRefLinks, options).use(rehypeStringify).process(file);
	return { html: String(out.value), report: (out.data as { refLinks: RefLinkReport }).refLinks };
}

describe('rehypeRefLinks fixtures', () => {
	for (const name of readdirSync(dir).sort()) {
		it(name, async () => {
			const read = (f: string) => readFileSync(join(dir, name, f), 'utf8');
			const { html, report } = await run(read('input.md'), JSON.parse(read('refs.json')) as FrontmatterRef[]);
			expect(html.trim()).toBe(read('expected.html').trim());
			const missing = existsSync(join(dir, name, 'missing.json')) ? JSON.parse(read('missing.json')) : [];
			expect(report.missing).toEqual(missing);
		});
	}
});

describe('rehypeRefLinks', () => {
	it('leaves a clause without refs or numbers untouched and reports nothing', async () => {
		const { html, report } = await run('职业学校专业课教师顶岗实践。', []);
		expect(html).toBe('<p>职业学校专业课教师顶岗实践。</p>');
		expect(report).toEqual({ linked: [], missing: [] });
	});
	it('never changes the words, only wraps them', async () => {
		const text = '落实《关于深化产教融合的若干意见》（湘政办发〔2018〕82号）要求，根据湘政函〔2023〕168号。';
		const { html } = await run(text, JSON.parse(readFileSync(join(dir, 'no-nesting/refs.json'), 'utf8')));
		expect(html.replace(/<[^>]+>/g, '')).toBe(text);
	});
});
