import { lstatSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import { decodeText } from './encoding';
import { parseYaml } from './yaml-text';
import type { YamlMemo } from './yaml-memo';
import { contentLayout, fileProblem, LIMITS, type ContentEntry } from './layout';
import type { ContentIssue } from './error-map';

/**
 * The one reader of `content/`. It never throws on content: every file is read, or refused with a located
 * message (encoding, size, symbolic link, YAML syntax, frontmatter), and every other entry under content/
 * is reported (`RawContent.issues`). What it returns is all that validation, the corpus and Astro see.
 */

/** A file read from `content/`: its parsed data, and a way to find the line of a field. */
export interface RawFile<T = unknown> {
	/** Path relative to the project root, for messages. */
	file: string;
	data: T;
	/** 1-based line of a field path in the file (the file's first line when unknown). */
	lineOf: (path: PropertyKey[]) => number;
	/** Why the file could not be read (encoding, size, YAML syntax…): a sentence that says what to do. */
	error?: string;
	/** Where the error is, when known (a line of the file). */
	errorLine?: number;
	errorColumn?: number;
	/** The part the error is about, for the message (`(file)`, `(frontmatter)`, `(body)`). */
	errorField?: string;
}

export interface RawClause extends RawFile<Record<string, unknown>> {
	/** Folder name: the document slug. */
	folder: string;
	/** File name without `.mdx`: the clause id. */
	id: string;
	/** The MDX body (LF line ends, no byte-order mark). */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
}

export interface RawContent {
	root: string;
	documents: (RawFile<Record<string, unknown>> & { slug: string })[];
	clauses: RawClause[];
	units: RawFile<unknown[]>;
	topics: RawFile<unknown[]>;
	external: RawFile<unknown[]>;
	/** `content/rule-exceptions.yaml`: the reviewed exceptions to the data rules (optional; empty when absent). */
	ruleExceptions: RawFile<unknown[]>;
	/** `content/datasets/industry-layout.yaml` (湘教通〔2024〕23号 附件1 as data), when present. */
	industryLayout?: RawFile;
	/** Entries under content/ that are not read (a `.DS_Store`, a `.txt`, content/ missing…). */
	issues?: ContentIssue[];
}

const noLine = () => 1;

function failed<T>(file: string, data: T, error: string, at: { line?: number; column?: number; field?: string } = {}): RawFile<T> {
	return { file, data, lineOf: noLine, error, errorLine: at.line, errorColumn: at.column, errorField: at.field ?? '(file)' };
}

/** The text of a file, or why it cannot be read. */
function readText(path: string, file: string): { text: string } | { error: string; line?: number; column?: number } {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return { error: code === 'EACCES' ? 'cannot be read (permission denied): fix its permissions' : `cannot be read (${code ?? (e as Error).name})` };
	}
	const d = decodeText(bytes, file);
	return d.ok ? { text: d.text } : { error: d.message, line: d.at?.line, column: d.at?.column };
}

/** A YAML file of content/. */
function readYaml(entry: Pick<ContentEntry, 'path' | 'file' | 'problem'>, memo?: YamlMemo): RawFile {
	if (entry.problem) return failed(entry.file, undefined, entry.problem);
	const t = readText(entry.path, entry.file);
	if ('error' in t) return failed(entry.file, undefined, t.error, t);
	if (!t.text.trim()) return failed(entry.file, undefined, 'is empty: write its fields, or delete the file');
	const y = parseYaml(t.text, 0, memo);
	if (y.problem) return { ...failed(entry.file, undefined, y.problem.message, y.problem), lineOf: y.lineOf };
	return { file: entry.file, data: y.data, lineOf: y.lineOf };
}

const FENCE = /^---[ \t]*$/;
/** A line that was meant as `---`: dashes of other kinds or counts, or with spaces in front. */
const NEAR_FENCE = /^[ \t]*[-—–－‐_=~]{2,}[ \t]*$/;

export type Frontmatter =
	| { yaml: string; body: string; /** Line of the file where the body starts. */ bodyLine: number }
	| { problem: string; line: number };

/** Find the frontmatter of a clause file (LF line ends, no BOM), or say what is wrong with its fences. */
export function frontmatterOf(text: string): Frontmatter {
	if (!text.trim()) return { problem: 'is empty: a clause file starts with a `---` line, the fields, another `---` line, then the clause text', line: 1 };
	const lines = text.split('\n');
	const first = lines[0]!;
	if (!FENCE.test(first)) {
		if (!first.trim()) return { problem: 'starts with a blank line: the first line must be `---` (remove the blank lines before it)', line: 1 };
		if (NEAR_FENCE.test(first)) return { problem: `line 1 is \`${first.trim().slice(0, 8)}\`, not \`---\`: the frontmatter starts with a line of exactly three ASCII hyphens`, line: 1 };
		return { problem: 'has no frontmatter: start the file with a `---` line, the YAML fields, and another `---` line', line: 1 };
	}
	const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
	if (end < 0) {
		const near = lines.findIndex((l, i) => i > 0 && NEAR_FENCE.test(l));
		if (near > 0) return { problem: `line ${near + 1} is \`${lines[near]!.trim().slice(0, 8)}\`, not \`---\`: the frontmatter ends with a line of exactly three ASCII hyphens`, line: near + 1 };
		return { problem: 'frontmatter is not closed: add a `---` line after the last field, before the clause text', line: 1 };
	}
	return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Split an MDX file into frontmatter YAML and body (CRLF and a byte-order mark are accepted). */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
	const f = frontmatterOf(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
	return 'problem' in f ? null : { yaml: f.yaml, body: f.body };
}

/** The id a clause file stands for (also for `1-1.md`, refused for its extension). */
const clauseId = (file: string) => basename(file).replace(/\.(?:mdx|md|markdown)$/i, '');

function clauseFrom(entry: Pick<ContentEntry, 'path' | 'file' | 'problem'>, folder: string, memo?: YamlMemo): RawClause {
	const id = clauseId(entry.file);
	const base = { folder, id, body: '', bodyLine: 1 };
	const fail = (error: string, at: { line?: number; column?: number; field?: string } = {}): RawClause => ({ ...failed(entry.file, {}, error, at), ...base });
	if (entry.problem) return fail(entry.problem);
	const t = readText(entry.path, entry.file);
	if ('error' in t) return fail(t.error, t);
	const parts = frontmatterOf(t.text);
	if ('problem' in parts) return fail(parts.problem, { line: parts.line, field: '(frontmatter)' });
	if (parts.body.length > LIMITS.clauseBodyChars) {
		return fail(`clause text is ${parts.body.length.toLocaleString('en')} characters; a clause may be at most ${LIMITS.clauseBodyChars.toLocaleString('en')}: a clause is one numbered item of a document; split a longer text into its clauses`, { line: parts.bodyLine, field: '(body)' });
	}
	if (!parts.yaml.trim()) return fail('frontmatter is empty: write the clause\'s fields (doc, label, kind, order…) between the two `---` lines', { line: 1, field: '(frontmatter)' });
	const y = parseYaml(parts.yaml, 1, memo);
	const at = { ...base, body: parts.body, bodyLine: parts.bodyLine };
	if (y.problem) return { ...failed(entry.file, {}, y.problem.message, { ...y.problem, field: '(frontmatter)' }), lineOf: y.lineOf, ...at };
	const data = y.data ?? {};
	return { file: entry.file, data: data as Record<string, unknown>, lineOf: y.lineOf, ...at };
}

/** Read one clause file (`<root>/content/clauses/<doc>/<id>.mdx`). */
export function readClauseFile(path: string, root: string): RawClause {
	const file = relative(root, path).split(sep).join('/');
	let problem: string | undefined;
	try {
		problem = fileProblem(lstatSync(path), 'clause');
	} catch {
		problem = 'does not exist';
	}
	return clauseFrom({ path, file, problem }, basename(dirname(path)));
}

/**
 * Read everything under `<root>/content` without validating it. The build passes `yaml`, the data of the texts it
 * parsed last time (./yaml-memo): the same result, sooner.
 */
export function readContent(root: string, options: { yaml?: YamlMemo } = {}): RawContent {
	const memo = options.yaml;
	const layout = contentLayout(root);
	const issues: ContentIssue[] = [...layout.missing, ...layout.strays].map((s) => ({ file: s.file, field: '(file)', message: s.message }));
	const of = (role: ContentEntry['role']) => layout.entries.filter((e) => e.role === role);
	const guarded = <T>(entry: ContentEntry, read: () => T, fallback: (error: string) => T): T => {
		try {
			return read();
		} catch (e) {
			// A bug in the reader, not a problem of the file; still one located line rather than a stack trace.
			return fallback(`could not be read (${(e as Error).name}: ${(e as Error).message.split('\n')[0]!.slice(0, 100)}): this is a bug in the reader, please report it with this file`);
		}
	};
	const documents = of('document').map((e) => {
		const slug = basename(e.file).replace(/\.(?:ya?ml|json)$/i, '');
		const y = guarded(e, () => readYaml(e, memo), (msg) => failed(e.file, undefined, msg));
		const isMapping = y.data !== null && typeof y.data === 'object' && !Array.isArray(y.data);
		return { ...y, data: (isMapping || y.error ? (y.data ?? {}) : y.data) as Record<string, unknown>, slug };
	});
	const clauses = of('clause').map((e) => guarded(e, () => clauseFrom(e, e.folder!, memo), (msg) => ({ ...failed(e.file, {}, msg), folder: e.folder!, id: clauseId(e.file), body: '', bodyLine: 1 })));
	const readList = (role: 'units' | 'topics' | 'external' | 'ruleExceptions', name: string, optional = false): RawFile<unknown[]> => {
		const e = of(role)[0];
		if (!e && optional) return { file: `content/${name}`, data: [], lineOf: noLine };
		if (!e) return failed(`content/${name}`, [], 'is missing: restore it (it is the list the other files refer to)');
		const y = guarded(e, () => readYaml(e, memo), (msg) => failed(e.file, undefined, msg));
		if (y.error) return { ...y, data: [] };
		if (!Array.isArray(y.data)) return { ...failed(e.file, [], 'must be a YAML list of entries (`- id: …`)', { line: 1 }), lineOf: y.lineOf };
		return { ...y, data: y.data };
	};
	const layoutEntry = of('industryLayout')[0];
	const industryLayout = layoutEntry ? guarded(layoutEntry, () => readYaml(layoutEntry, memo), (msg) => failed(layoutEntry.file, undefined, msg)) : undefined;
	return { root, documents, clauses, units: readList('units', 'units.yaml'), topics: readList('topics', 'topics.yaml'), external: readList('external', 'external.yaml'), ruleExceptions: readList('ruleExceptions', 'rule-exceptions.yaml', true), industryLayout, issues };
}
