import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/**
 * What may be under `content/`, and what every other entry is told. The reader reads exactly the files this
 * module lists, so nothing under content/ is silently skipped (a clause saved as `.md` would otherwise vanish
 * from the site) and nothing outside it is reached (symbolic links are refused, not followed).
 */

/** Limits that keep one file from costing the whole build (a 5 MB clause made a 5 MB page and a 16 s index). */
export const LIMITS = {
	/** Any YAML file under content/. The largest today is 7 KB. */
	fileBytes: 1024 * 1024,
	/**
	 * rule-exceptions.yaml, the one list that grows with the library (about 0.7 KB a document today: 1.7 MB at the
	 * 2,500 documents of the ×500 benchmark, which the general limit stopped).
	 */
	ruleExceptionsBytes: 16 * 1024 * 1024,
	/** One clause file. The largest clause today is 5 KB; a whole long document is ~80 KB. */
	clauseFileBytes: 512 * 1024,
	/** One clause body, in characters. A clause is one numbered item; a longer text is several clauses. */
	clauseBodyChars: 100_000,
} as const;

export type EntryRole = 'document' | 'clause' | 'units' | 'topics' | 'external' | 'ruleExceptions' | 'industryLayout';

/**
 * A file the reader reads, or would read but must refuse (`problem` says why; its content is never read):
 * too large, a symbolic link, or a document or clause under the wrong extension (`1-1.md`, `x.yml`).
 */
export interface ContentEntry {
	role: EntryRole;
	/** Absolute path. */
	path: string;
	/** Path relative to the project root, with `/`, for messages. */
	file: string;
	/** For clauses: the folder (document slug). */
	folder?: string;
	size: number;
	problem?: string;
}

/** An entry under content/ that is not read, and what to do about it. */
export interface StrayEntry {
	file: string;
	message: string;
}

export interface ContentLayout {
	entries: ContentEntry[];
	strays: StrayEntry[];
	/** content/ itself, when it is missing (the reader reports missing files such as units.yaml). */
	missing: StrayEntry[];
}

/** The fixed files of content/ besides the two folders. */
const LISTS: Record<string, EntryRole> = { 'units.yaml': 'units', 'topics.yaml': 'topics', 'external.yaml': 'external', 'rule-exceptions.yaml': 'ruleExceptions' };
const DATASETS: Record<string, EntryRole> = { 'industry-layout.yaml': 'industryLayout' };

const LITTER = /^(?:\.DS_Store|Thumbs\.db|desktop\.ini|\._.*|\..*\.swp|.*~|\.~lock\..*#|#.*#)$/i;

export function formatBytes(n: number): string {
	return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Why a non-regular file cannot be read, or undefined for a regular file. */
function notRegular(st: Stats, expect: 'file' | 'folder'): string | undefined {
	if (st.isSymbolicLink()) return 'is a symbolic link: content/ holds real files only (a link could publish a file from outside the repository); replace the link with the file itself';
	if (expect === 'file' && st.isDirectory()) return 'is a folder where a file is expected: move its contents out and remove it';
	if (expect === 'folder' && st.isFile()) return 'is a file where a folder is expected';
	if (!st.isFile() && !st.isDirectory()) return 'is not a regular file (a pipe, socket or device): remove it';
	return undefined;
}

/** Why a file of this role cannot be read (not a regular file, too large), or undefined. */
export function fileProblem(st: Stats, role: EntryRole): string | undefined {
	const limit = role === 'clause' ? LIMITS.clauseFileBytes : role === 'ruleExceptions' ? LIMITS.ruleExceptionsBytes : LIMITS.fileBytes;
	const problem = notRegular(st, 'file');
	if (problem || st.size <= limit) return problem;
	return role === 'clause'
		? `is ${formatBytes(st.size)}; a clause file may be at most ${formatBytes(limit)}: a clause is one numbered item of a document; split a longer text into its clauses`
		: `is ${formatBytes(st.size)}; a content file may be at most ${formatBytes(limit)}`;
}

function lstat(path: string): Stats | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/** Names in a folder, sorted independently of the locale so messages come in the same order everywhere. */
function list(dir: string): string[] {
	try {
		return readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	} catch {
		return [];
	}
}

const litter = (name: string) => (LITTER.test(name) ? `is operating-system or editor litter (\`${name}\`): delete it (and add it to your global gitignore)` : undefined);

/** Walk `<root>/content` and sort every entry into read, refused or stray. Never throws on content. */
export function contentLayout(root: string): ContentLayout {
	const entries: ContentEntry[] = [];
	const strays: StrayEntry[] = [];
	const missing: StrayEntry[] = [];
	const rel = (...parts: string[]) => ['content', ...parts].join('/');
	const stray = (file: string, message: string) => strays.push({ file, message });
	// A file saved under the wrong extension is listed with its role and refused, so that what refers to it
	// (a clause to its document, a clause to its parent) is not reported a second time.
	const entry = (role: EntryRole, parts: string[], st: Stats, folder?: string, refused?: string) => {
		entries.push({ role, path: join(root, 'content', ...parts), file: rel(...parts), folder, size: st.size, problem: refused ?? fileProblem(st, role) });
	};
	/** A folder of content/: its entries, or undefined (reported) when it is not a real folder. */
	const folder = (parts: string[], required = false): string[] | undefined => {
		const path = join(root, 'content', ...parts);
		const st = lstat(path);
		if (!st) {
			if (required) missing.push({ file: `${rel(...parts)}/`, message: 'is missing' });
			return undefined;
		}
		const problem = notRegular(st, 'folder');
		if (problem) {
			stray(rel(...parts), problem);
			return undefined;
		}
		return list(path);
	};

	const top = folder([], true);
	if (!top) return { entries, strays, missing: missing.length ? [{ file: 'content/', message: 'is missing: run the command from the project root, or pass the folder that holds content/' }] : [] };
	for (const name of top) {
		const st = lstat(join(root, 'content', name));
		if (!st) continue;
		if (name === 'documents' || name === 'clauses' || name === 'datasets') continue;
		if (LISTS[name]) entry(LISTS[name], [name], st);
		else stray(rel(name), litter(name) ?? `is not read: content/ holds only documents/, clauses/, datasets/, ${Object.keys(LISTS).join(', ')}; move it out of content/`);
	}

	for (const name of folder(['documents']) ?? []) {
		const st = lstat(join(root, 'content', 'documents', name));
		if (!st) continue;
		const m = /^(.*)\.(ya?ml|json)$/i.exec(name);
		if (name.endsWith('.yaml') && !st.isDirectory()) entry('document', ['documents', name], st);
		else if (litter(name)) stray(rel('documents', name), litter(name)!);
		else if (st.isDirectory()) stray(rel('documents', name), 'is a folder: content/documents/ holds only <slug>.yaml files (clauses go in content/clauses/<slug>/)');
		else if (m) entry('document', ['documents', name], st, undefined, `is not read: document files end in \`.yaml\` (lower case); rename it to \`${m[1]}.yaml\``);
		else stray(rel('documents', name), 'is not read: content/documents/ holds only <slug>.yaml files; move it out of content/');
	}

	for (const doc of folder(['clauses']) ?? []) {
		const st = lstat(join(root, 'content', 'clauses', doc));
		if (!st) continue;
		const problem = notRegular(st, 'folder');
		if (problem) {
			stray(rel('clauses', doc), litter(doc) ?? (st.isFile() ? 'is not a folder: content/clauses/ holds one folder per document (content/clauses/<slug>/<clause-id>.mdx); move it out of content/' : problem));
			continue;
		}
		for (const name of list(join(root, 'content', 'clauses', doc))) {
			const fst = lstat(join(root, 'content', 'clauses', doc, name));
			if (!fst) continue;
			const m = /^(.*)\.(mdx|md|markdown)$/i.exec(name);
			if (name.endsWith('.mdx') && !fst.isDirectory()) entry('clause', ['clauses', doc, name], fst, doc);
			else if (litter(name)) stray(rel('clauses', doc, name), litter(name)!);
			else if (fst.isDirectory()) stray(rel('clauses', doc, name), `is a folder: clause files go directly in content/clauses/${doc}/`);
			else if (m) entry('clause', ['clauses', doc, name], fst, doc, `is not read, so its clause is not published: clause files end in \`.mdx\` (lower case); rename it to \`${m[1]}.mdx\``);
			else stray(rel('clauses', doc, name), `is not read: content/clauses/${doc}/ holds only <clause-id>.mdx files; move it out of content/`);
		}
	}

	for (const name of folder(['datasets']) ?? []) {
		const st = lstat(join(root, 'content', 'datasets', name));
		if (!st) continue;
		if (DATASETS[name]) entry(DATASETS[name], ['datasets', name], st);
		else stray(rel('datasets', name), litter(name) ?? `is not read: the only dataset the site reads is ${Object.keys(DATASETS).join(', ')}; move it out of content/`);
	}
	return { entries, strays, missing };
}
