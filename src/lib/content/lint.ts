import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';

/**
 * Clause bodies are data, not code: MDX may contain only the components the site provides. This lint rejects
 * anything that could run script or pull in code — raw <script>/<iframe> and other elements, event-handler
 * attributes, javascript: URLs, imports/exports and {expressions} — with the line it is on.
 */

/** Components the site provides to clause MDX (none yet: clause text is plain text and tables). */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

export interface LintProblem {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

interface AnyNode {
	type: string;
	name?: string | null;
	url?: string;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: AnyNode[];
	position?: { start: { line: number } };
}

/** Lint one MDX body; an MDX syntax error is itself a problem. */
export function lintMdx(body: string): LintProblem[] {
	let tree: Root;
	try {
		tree = parser.parse(body) as Root;
	} catch (e) {
		const err = e as { line?: number; place?: { line?: number }; reason?: string; message: string };
		return [{ line: err.line ?? err.place?.line ?? 1, message: `is not valid MDX: ${err.reason ?? err.message}. Escape < { } with a backslash if they are text` }];
	}
	const problems: LintProblem[] = [];
	const visit = (node: AnyNode) => {
		const line = node.position?.start.line ?? 1;
		const add = (message: string) => problems.push({ line, message });
		switch (node.type) {
			case 'mdxjsEsm':
				add(`has an import/export (\`${(node.value ?? '').split('\n')[0]}\`): clause MDX may not import code; remove it`);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				add(`has a {…} expression: clause text is not code; write \\{ and \\} for literal braces`);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '(fragment)';
				if (!ALLOWED_COMPONENTS.has(name)) add(`has a <${name}> element: only the site's components (${[...ALLOWED_COMPONENTS].join(', ') || 'none'}) may appear in clause MDX; write \\< for a literal <`);
				for (const a of node.attributes ?? []) {
					if (a.type !== 'mdxJsxAttribute') add(`<${name}> has a spread attribute {…}: not allowed`);
					else if (a.name && /^on/i.test(a.name)) add(`<${name}> has an event-handler attribute \`${a.name}\`: not allowed`);
					else if (typeof a.value === 'string' && SCRIPT_URL.test(a.value)) add(`<${name}> ${a.name}= is a script URL: not allowed`);
					else if (a.value && typeof a.value === 'object') add(`<${name}> ${a.name}= is an expression: not allowed`);
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (node.url && SCRIPT_URL.test(node.url)) add(`links to a script URL (\`${node.url.slice(0, 30)}\`): not allowed`);
				break;
			case 'html':
				add('has raw HTML: not allowed in clause MDX');
				break;
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree as unknown as AnyNode);
	return problems;
}
