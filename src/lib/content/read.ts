import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

/** A file read from `content/`: its parsed data, and a way to find the line of a field. */
export interface RawFile<T = unknown> {
	/** Path relative to the project root, for messages. */
	file: string;
	data: T;
	/** 1-based line of a field path in the file (the file's first line when unknown). */
	lineOf: (path: PropertyKey[]) => number;
	/** Parse error, when the YAML itself is broken. */
	error?: string;
}

export interface RawClause extends RawFile<Record<string, unknown>> {
	/** Folder name: the document slug. */
	folder: string;
	/** File name without `.mdx`: the clause id. */
	id: string;
	/** The MDX body. */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
}

function yamlFile(text: string, file: string, lineOffset = 0): RawFile {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
	const error = doc.errors.length ? doc.errors.map((e) => e.message).join('; ') : undefined;
	const lineOf = (path: PropertyKey[]) => {
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
	return { file, data: error ? undefined : doc.toJS(), lineOf, error };
}

/** Split an MDX file into frontmatter YAML and body. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
	const m = text.replace(/\r\n?/g, '\n').match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
	return m ? { yaml: m[1]!, body: m[2]! } : null;
}

/** Read one clause file. */
export function readClauseFile(path: string, root: string): RawClause {
	const file = relative(root, path);
	const folder = basename(join(path, '..'));
	const id = basename(path).replace(/\.mdx$/, '');
	const parts = splitFrontmatter(readFileSync(path, 'utf8'));
	if (!parts) {
		return { file, folder, id, body: '', bodyLine: 1, data: {}, lineOf: () => 1, error: 'has no frontmatter: start the file with a `---` line, the YAML fields, and another `---` line' };
	}
	const y = yamlFile(parts.yaml, file, 1);
	const bodyLine = parts.yaml.split('\n').length + 3;
	return { ...y, data: (y.data ?? {}) as Record<string, unknown>, folder, id, body: parts.body, bodyLine };
}

export interface RawContent {
	root: string;
	documents: (RawFile<Record<string, unknown>> & { slug: string })[];
	clauses: RawClause[];
	units: RawFile<unknown[]>;
	topics: RawFile<unknown[]>;
	external: RawFile<unknown[]>;
	/** `content/datasets/industry-layout.yaml` (湘教通〔2024〕23号 附件1 as data), when present. */
	industryLayout?: RawFile;
}

function readList(root: string, name: string): RawFile<unknown[]> {
	const path = join(root, 'content', name);
	if (!existsSync(path)) return { file: `content/${name}`, data: [], lineOf: () => 1, error: 'is missing' };
	const f = yamlFile(readFileSync(path, 'utf8'), `content/${name}`);
	return { ...f, data: Array.isArray(f.data) ? f.data : [] };
}

/** Read everything under `<root>/content` without validating it. */
export function readContent(root: string): RawContent {
	const docDir = join(root, 'content', 'documents');
	const clauseDir = join(root, 'content', 'clauses');
	const documents = (existsSync(docDir) ? readdirSync(docDir) : [])
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const y = yamlFile(readFileSync(join(docDir, f), 'utf8'), relative(root, join(docDir, f)));
			return { ...y, data: (y.data ?? {}) as Record<string, unknown>, slug: f.replace(/\.yaml$/, '') };
		});
	const clauses: RawClause[] = [];
	for (const folder of existsSync(clauseDir) ? readdirSync(clauseDir).sort() : []) {
		const dir = join(clauseDir, folder);
		for (const f of readdirSync(dir).sort()) if (f.endsWith('.mdx')) clauses.push(readClauseFile(join(dir, f), root));
	}
	const layoutPath = join(root, 'content', 'datasets', 'industry-layout.yaml');
	const industryLayout = existsSync(layoutPath) ? yamlFile(readFileSync(layoutPath, 'utf8'), 'content/datasets/industry-layout.yaml') : undefined;
	return { root, documents, clauses, units: readList(root, 'units.yaml'), topics: readList(root, 'topics.yaml'), external: readList(root, 'external.yaml'), industryLayout };
}
