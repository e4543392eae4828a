import { LineCounter, parseDocument, isMap, isSeq, visit, type Document, type Node, type YAMLError } from 'yaml';
import { positionOf, type TextPosition } from './encoding';
import type { YamlMemo } from './yaml-memo';

/**
 * YAML text → data, with every failure turned into one located sentence that says what to do. The yaml
 * library's own messages are kept only as a last resort and never with its source excerpt (a file that is not
 * ours — a secrets file linked into content/ — must not end up in a CI log).
 */

/** A YAML problem at a line and column of the file (not of the YAML block inside it). */
export interface YamlProblem extends TextPosition {
	message: string;
}

export interface ParsedYaml {
	data?: unknown;
	problem?: YamlProblem;
	/** 1-based line (of the file) of a field path; the first line of the YAML when unknown. */
	lineOf: (path: PropertyKey[]) => number;
}

/**
 * Aliases expand into copies; content needs few if any. yaml's default limit (100) throws a bare
 * ReferenceError from toJS; we ask for the same limit and report it with the alias's line.
 */
const MAX_ALIASES = 100;
/** Nesting beyond this is never content, and deep enough nesting crashes the process inside the parser. */
const MAX_DEPTH = 64;

/** `kind：task`: a key followed by a full-width colon, the commonest typo of a Chinese keyboard. */
const FULL_WIDTH_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*)[ \t]*：/;

/** Cheap checks before the parser sees the text: full-width colons after keys, tabs as indentation, nesting. */
function prescan(text: string): { message: string; offset: number } | undefined {
	let offset = 0;
	let depth = 0;
	for (const line of text.split('\n')) {
		const fw = FULL_WIDTH_KEY.exec(line);
		if (fw) return { offset: offset + fw[1]!.length + fw[2]!.length, message: `\`${fw[2]}：\` has a full-width colon \`：\`: YAML needs an ASCII colon and a space, \`${fw[2]}: \`` };
		const indent = /^[ \t]*/.exec(line)![0];
		if (indent.includes('\t') && line.trim() && !line.trim().startsWith('#')) return { offset: offset + indent.indexOf('\t'), message: 'is indented with a tab: YAML indents with spaces only; replace the tab with spaces' };
		if (indent.length > 4 * MAX_DEPTH || /^(?:[ \t]*-[ \t]+){16}/.test(line)) return { offset, message: `nests more than ${MAX_DEPTH} levels deep: content YAML never needs that; flatten it` };
		for (let i = 0; i < line.length; i++) {
			const ch = line[i];
			if (ch === '[' || ch === '{') {
				if (++depth > MAX_DEPTH) return { offset: offset + i, message: `nests more than ${MAX_DEPTH} brackets deep: content YAML never needs that; flatten it` };
			} else if ((ch === ']' || ch === '}') && depth > 0) depth--;
		}
		offset += line.length + 1;
	}
	return undefined;
}

/** The offset of the last `[` or `{` before `end` that is not closed before it. */
function unclosedBracket(text: string, end: number): number | undefined {
	const open: number[] = [];
	for (let i = 0; i < end && i < text.length; i++) {
		const ch = text[i];
		if (ch === '[' || ch === '{') open.push(i);
		else if ((ch === ']' || ch === '}') && open.length) open.pop();
	}
	return open.at(-1);
}

/** The whole line an offset is on. */
function lineAt(text: string, offset: number): string {
	const start = text.lastIndexOf('\n', offset - 1) + 1;
	const end = text.indexOf('\n', offset);
	return text.slice(start, end < 0 ? undefined : end);
}

/** `year:2024`: a key with no space after its colon, on the line of an error or the two before it. */
function missingSpace(text: string, offset: number): { offset: number; key: string } | undefined {
	let at = text.lastIndexOf('\n', offset - 1) + 1;
	for (let n = 0; n < 3 && at >= 0; n++) {
		const m = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*):(?=[^\s:/])/.exec(lineAt(text, at));
		if (m) return { offset: at + m[1]!.length + m[2]!.length, key: m[2]! };
		if (at === 0) break;
		at = text.lastIndexOf('\n', at - 2) + 1;
	}
	return undefined;
}

/** The key at an offset (for "appears twice"), short and never more than the key itself. */
function keyAt(text: string, offset: number): string {
	return /^[^:\n]{1,40}/.exec(text.slice(offset))?.[0]?.trim() ?? '';
}

/** yaml's error codes → what an editor should do. */
function describe(e: YAMLError, text: string): string {
	switch (e.code) {
		case 'DUPLICATE_KEY':
			return `field \`${keyAt(text, e.pos[0])}\` appears twice in the same block: keep one`;
		case 'TAB_AS_INDENT':
			return 'is indented with a tab: YAML indents with spaces only; replace the tab with spaces';
		case 'BLOCK_AS_IMPLICIT_KEY': {
			const key = /^[ \t]*(?:-[ \t]+)?([A-Za-z_][\w-]*):[ \t]/.exec(lineAt(text, e.pos[0]))?.[1];
			return `${key ? `the value of \`${key}\`` : 'a value here'} contains \`: \` or ends with \`:\`, which YAML reads as a new field: put the whole value in double quotes (\`${key ?? 'field'}: "…"\`)`;
		}
		case 'MULTILINE_IMPLICIT_KEY':
		case 'MISSING_CHAR':
			return `is not a \`field: value\` line (${e.message.toLowerCase()}): write the field name, an ASCII colon and a space, then the value; a value that spans lines must be quoted`;
		case 'BAD_INDENT':
			if (/flow (?:sequence|mapping|collection)/i.test(e.message)) return 'a `[` or `{` opens a list or block that is not closed: close it, or put the value in double quotes (`label: "[1."`)';
			return `is indented wrongly (${e.message.replace(/\.$/, '').toLowerCase()}): align it with the fields of its block`;
		case 'MULTIPLE_DOCS':
			return 'has a second `---` line: a YAML file holds one document (in a clause file, the frontmatter ends at the second `---`); remove it';
		case 'BAD_ALIAS':
		case 'ALIAS_PROPS':
			return `has a broken alias (${e.message}): write the value out instead of \`*name\``;
		case 'RESOURCE_EXHAUSTION':
			return 'nests too deeply to be read: flatten it';
		default:
			return `is not valid YAML: ${e.message.split('\n')[0]!.slice(0, 160)}`;
	}
}

/** The yaml library's document of a text, with the counter that turns its offsets into lines. */
function parseWithLines(text: string): { doc: Document; lc: LineCounter } {
	const lc = new LineCounter();
	return { doc: parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false }), lc };
}

/** 1-based file line of a field path in a parsed document (the first line when the path is not there). */
function locator(doc: Document, lc: LineCounter, lineOffset: number): ParsedYaml['lineOf'] {
	return (path) => {
		let node: unknown = doc.contents;
		let best = 1;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
				if (!pair) break;
				const k = pair.key as Node;
				if (k?.range) best = lc.linePos(k.range[0]).line;
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				node = node.items[key];
				const r = (node as Node | undefined)?.range;
				if (r) best = lc.linePos(r[0]).line;
			} else break;
		}
		return best + lineOffset;
	};
}

/**
 * `locator` for a file that parsed cleanly, parsing it again only if a line is asked for: a parsed document is
 * some ten times the size of its text, and a valid library asks for none (at 105,000 clauses, validation held
 * 3.2 GB with every document kept).
 */
function lazyLocator(text: string, lineOffset: number): ParsedYaml['lineOf'] {
	let located: ParsedYaml['lineOf'] | undefined;
	return (path) => {
		if (!located) {
			const { doc, lc } = parseWithLines(text);
			located = locator(doc, lc, lineOffset);
		}
		return located(path);
	};
}

/**
 * Parse a YAML text. `lineOffset` is the number of file lines before the text (1 for frontmatter after
 * its `---` line), so every line reported is a line of the file. With a memo, a text that parsed cleanly before is
 * not parsed again (./yaml-memo).
 */
export function parseYaml(text: string, lineOffset = 0, memo?: YamlMemo): ParsedYaml {
	const known = memo?.get(text);
	if (known !== undefined) return { data: known, lineOf: lazyLocator(text, lineOffset) };
	const parsed = parseAfresh(text, lineOffset);
	if (memo && !parsed.problem) memo.remember(text, parsed.data);
	return parsed;
}

function parseAfresh(text: string, lineOffset: number): ParsedYaml {
	const at = (offset: number, message: string): YamlProblem => {
		const p = positionOf(text, offset);
		return { line: p.line + lineOffset, column: p.column, message };
	};
	const none: ParsedYaml['lineOf'] = () => 1 + lineOffset;
	const pre = prescan(text);
	if (pre) return { problem: at(pre.offset, pre.message), lineOf: none };
	const { doc, lc } = parseWithLines(text);
	const lineOf = locator(doc, lc, lineOffset);
	const error = doc.errors[0];
	if (error && (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'MISSING_CHAR')) {
		const ms = missingSpace(text, error.pos[0]);
		if (ms) return { problem: at(ms.offset, `\`${ms.key}:\` needs a space after the colon: \`${ms.key}: value\``), lineOf };
	}
	if (error) {
		const message = describe(error, text);
		// An unclosed `[` or `{` is noticed lines later; point at the bracket itself.
		const offset = message.startsWith('a `[` or `{`') ? (unclosedBracket(text, error.pos[0]) ?? error.pos[0]) : error.pos[0];
		return { problem: at(offset, message), lineOf };
	}
	// Content is plain values: a tag (`!!binary`, `!js/function`) turns text into something else, or is dropped.
	const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
	if (tag) return { problem: at(tag.pos[0], `has a YAML tag (\`${tag.message.replace(/^Unresolved tag: /, '').slice(0, 40)}\`): content values are plain text, numbers and lists; remove the tag`), lineOf };
	let tagged: { tag: string; offset: number } | undefined;
	visit(doc, {
		Node(_, node) {
			if (!node.tag) return undefined;
			const start = node.range?.[0] ?? 0;
			// The node starts after its tag: point at the `!`.
			const bang = text.lastIndexOf('!', start);
			tagged = { tag: node.tag.replace('tag:yaml.org,2002:', '!!').slice(0, 40), offset: bang > text.lastIndexOf('\n', start) ? bang - (text[bang - 1] === '!' ? 1 : 0) : start };
			return visit.BREAK;
		},
	});
	if (tagged) return { problem: at(tagged.offset, `has a YAML tag (\`${tagged.tag}\`): content values are plain text, numbers and lists; remove the tag`), lineOf };
	try {
		return { data: doc.toJS({ maxAliasCount: MAX_ALIASES }), lineOf: lazyLocator(text, lineOffset) };
	} catch (e) {
		let first: number | undefined;
		visit(doc, {
			Alias(_, node) {
				first ??= node.range?.[0];
				return visit.BREAK;
			},
		});
		const aliases = /alias/i.test((e as Error).message);
		return {
			problem: at(first ?? 0, aliases ? `uses YAML aliases (\`*name\`) that expand to more than ${MAX_ALIASES} copies: write the values out` : `could not be read as YAML (${(e as Error).name}): simplify it`),
			lineOf,
		};
	}
}
