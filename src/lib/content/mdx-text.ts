import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Table } from 'mdast';

/**
 * Clause bodies are MDX holding verbatim text. These two functions are the only bridge between
 * the verbatim text and its MDX spelling: `escapeMdx` on the way in, `mdxToPlain` on the way out.
 */

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** Escape a verbatim paragraph so that MDX renders it as the same text (no lists, emphasis, JSX). */
export function escapeMdx(text: string): string {
	return text
		.replace(/[\\`*_{}[\]<>|~]/g, (c) => `\\${c}`)
		.replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3')
		.replace(/^(\s*)([-+#>=])/gm, '$1\\$2');
}

/** Escape one table cell (pipes must not split it). */
export function escapeCell(text: string): string {
	return escapeMdx(text).replace(/\n/g, ' ');
}

/** Render tab-separated rows as a GFM table; the first row is the header. Ragged rows are padded. */
export function tsvToTable(rows: string[][]): string {
	const width = Math.max(...rows.map((r) => r.length));
	const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
	const line = (r: string[]) => `| ${pad(r).map(escapeCell).join(' | ')} |`;
	const [head, ...rest] = rows;
	return [line(head!), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

function tableToPlain(t: Table): string {
	return t.children.map((row) => row.children.map((cell) => toString(cell)).join('\t')).join('\n');
}

function blockToPlain(node: RootContent): string {
	if (node.type === 'table') return tableToPlain(node);
	if (node.type === 'list') return node.children.map((li) => toString(li)).join('\n');
	return toString(node);
}

/** The plain verbatim text of a clause body: paragraphs separated by blank lines, tables as tab-separated rows. */
export function mdxToPlain(body: string): string {
	return treeToPlain(parser.parse(body) as Root);
}

/** The plain text of an already parsed body (the reader parses each body once, for the lint and the text). */
export function treeToPlain(tree: Root): string {
	return tree.children
		.filter((n) => n.type !== 'mdxjsEsm')
		.map(blockToPlain)
		.filter((s) => s.length > 0)
		.join('\n\n');
}
