import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { Element, Root } from 'hast';
import { rehypeRefLinks, type FrontmatterRef, type RefLinkOptions, type RefLinkReport } from './rehype-ref-links';
import { rehypeTableScroll } from './rehype-table-scroll';

/**
 * The one rendering of a clause body: MDX source → HTML, done once per clause in the content loader.
 *
 * Clause MDX holds verbatim text and GFM tables only (src/lib/content/lint.ts rejects elements, imports and
 * expressions), so it needs no MDX compiler and no module per clause: remark-mdx parses it exactly as
 * `mdxToPlain` does (same escapes), and the tree goes straight to HTML. Smart punctuation stays off (verbatim).
 */
/** Table parts whose white-space text children are only source formatting (and are not allowed there in HTML). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** remark-rehype keeps the newlines between table rows as text nodes; drop them, as the MDX compiler did. */
function rehypeCompactTables() {
	const visit = (node: Root | Element) => {
		if (node.type === 'element' && TABLE_PARTS.has(node.tagName)) node.children = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
		for (const c of node.children) if (c.type === 'element') visit(c);
	};
	return (tree: Root) => visit(tree);
}

export interface ClauseRenderer {
	render(body: string, refs: FrontmatterRef[]): { html: string; refLinks: RefLinkReport };
}

export function clauseRenderer(refLinks: RefLinkOptions): ClauseRenderer {
	const processor = unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkMdx)
		.use(remarkRehype)
		.use(rehypeCompactTables)
		.use(rehypeSlug)
		.use(rehypeRefLinks, refLinks)
		.use(rehypeTableScroll)
		.use(rehypeStringify) as unknown as Processor;
	return {
		render(body, refs) {
			const file = new VFile({ value: body, data: { astro: { frontmatter: { refs } } } });
			const tree = processor.runSync(processor.parse(file), file);
			const html = String(processor.stringify(tree, file));
			return { html, refLinks: (file.data as { refLinks?: RefLinkReport }).refLinks ?? { linked: [], missing: [] } };
		},
	};
}
