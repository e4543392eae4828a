import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { treeToPlain } from './mdx-text';

/**
 * Clause bodies are data, not code: MDX may contain only the components the site provides. This lint rejects
 * anything that could run script or pull in code — raw <script>/<iframe> and other elements, event-handler
 * attributes, URLs other than http(s)/mailto/site paths, imports/exports and {expressions} — with the line
 * and column it is on.
 */

/** Components the site provides to clause MDX (none yet: clause text is plain text and tables). */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set();

export interface LintProblem {
	/** 1-based line within the body. */
	line: number;
	/** 1-based column, when known. */
	column?: number;
	message: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Links may go to the web, to an e-mail address or within the site; any other scheme (javascript:, data:,
 * vbscript:, file:…) is refused. Browsers drop tabs, line breaks and controls inside a URL, so they are dropped
 * before the scheme is read (`java\tscript:` is javascript:).
 */
function badScheme(url: string): string | undefined {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();
	return scheme && !['http', 'https', 'mailto'].includes(scheme) ? scheme : undefined;
}

/** Deeper markup than this is never clause text, and walking it could exhaust the stack. */
const MAX_DEPTH = 32;
/** Block quotes nest by repeating `>`; the parser slows down sharply with depth, so refuse before parsing. */
const DEEP_QUOTE = new RegExp(`^(?:[ \\t]*>){${MAX_DEPTH}}`, 'm');

/** A parse error as an editor can act on it: what `<` and `{` mean in MDX is the usual cause. */
function parseMessage(reason: string): string {
	if (/comment/i.test(reason)) return 'is not valid MDX: an HTML comment (`<!-- … -->`) is not allowed in clause text; remove it (clause text is verbatim from the source)';
	if (/\bname\b|closing tag|opening tag|attribute|tag/i.test(reason)) return `is not valid MDX: a \`<\` starts a tag here (${reason.replace(/\.$/, '')}); write \`\\<\` for a literal less-than sign`;
	if (/expression|brace/i.test(reason)) return `is not valid MDX: a \`{\` starts an expression here (${reason.replace(/\.$/, '')}); write \`\\{\` and \`\\}\` for literal braces`;
	return `is not valid MDX: ${reason.replace(/\.$/, '')}. Escape < { } with a backslash if they are text`;
}

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
	return readBody(body).problems;
}

/**
 * Parse a body once: its lint problems and, when it parses, its plain verbatim text (`mdxToPlain`), so the
 * reader does not parse every clause twice.
 */
export function readBody(body: string): { problems: LintProblem[]; text?: string } {
	const deep = DEEP_QUOTE.exec(body);
	if (deep) return { problems: [{ line: body.slice(0, deep.index).split('\n').length, message: `nests block quotes (\`>\`) more than ${MAX_DEPTH} deep: write \`\\>\` for a literal >` }] };
	let tree: Root;
	try {
		tree = parser.parse(body) as Root;
	} catch (e) {
		const err = e as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; reason?: string; message: string };
		if (e instanceof RangeError) return { problems: [{ line: 1, message: 'nests markup too deeply to be read: clause text is plain text and tables' }] };
		const place = err.place?.start ?? err.place;
		return { problems: [{ line: err.line ?? place?.line ?? 1, column: err.column ?? place?.column, message: parseMessage(err.reason ?? err.message) }] };
	}
	const problems: LintProblem[] = [];
	const visit = (node: AnyNode, depth: number) => {
		const line = node.position?.start.line ?? 1;
		const column = (node.position?.start as { column?: number } | undefined)?.column;
		const add = (message: string) => problems.push({ line, column, message });
		if (depth > MAX_DEPTH) {
			add(`nests markup more than ${MAX_DEPTH} levels deep: clause text is plain text and tables; escape the markers with a backslash`);
			return;
		}
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
				const attrs = (node.attributes ?? []).map((a) => {
					if (a.type !== 'mdxJsxAttribute') return 'a spread attribute {…}';
					if (a.name && /^on/i.test(a.name)) return `an event-handler attribute \`${a.name}\``;
					if (typeof a.value === 'string' && badScheme(a.value)) return `a \`${badScheme(a.value)}:\` URL in ${a.name}=`;
					if (a.value && typeof a.value === 'object') return `an expression in ${a.name}=`;
					return undefined;
				}).filter(Boolean);
				// A forbidden element is one mistake, whatever its attributes; they are named in the same message.
				if (!ALLOWED_COMPONENTS.has(name)) add(`has a <${name}> element${attrs.length ? ` with ${attrs.join(', ')}` : ''}: only the site's components (${[...ALLOWED_COMPONENTS].join(', ') || 'none'}) may appear in clause MDX; write \\< for a literal <`);
				else for (const a of attrs) add(`<${name}> has ${a}: not allowed`);
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (node.url && badScheme(node.url)) add(`links to a \`${badScheme(node.url)}:\` URL: only http:, https:, mailto: and site paths are allowed; remove the link`);
				break;
			case 'html':
				add('has raw HTML: not allowed in clause MDX');
				break;
		}
		for (const child of node.children ?? []) visit(child, depth + 1);
	};
	visit(tree as unknown as AnyNode, 0);
	return { problems, text: treeToPlain(tree) };
}
