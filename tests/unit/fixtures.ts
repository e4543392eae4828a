import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import type { Corpus } from '../../src/lib/corpus';

export const fixtures = join(import.meta.dirname, '../fixtures');

/** The document slug of the base fixture; a combined tree gives each case its own copy under another slug. */
export const BASE_SLUG = 'xiang-test-2024-1';

/** The 发文字号 of the base document; a combined tree numbers each copy after its slug. */
export const BASE_NUMBER = '湘测〔2024〕1号';

/** Written into files outside the repository that content/ links to: it must never appear in any output. */
export const SECRET = 'XIANGCE_TEST_SECRET=do-not-print-me';

/**
 * One case of bad (or tricky) content, described by its `case.yaml`:
 * - `about`: what the editor (or attacker) did;
 * - `first`: the exact first line the command prints on stderr (stdout for accepted cases);
 * - `exit`: the exit code (1 unless said);
 * - `stage`: `validate` (default) or `build` when only the build can see it (published URLs);
 * - `messages`: how many causes it reports (1 unless said; "see above" lines are not causes);
 * - `remove`: files of the base fixture the case deletes; `setup`: a step done at run time (symbolic links,
 *   very large files, named pipes — things better not committed);
 * - `cli`: also run `scripts/validate.ts` as a process (exit code, first line, no stack trace);
 * - `build`: also run the real `scripts/build.ts` and check that dist/ is untouched;
 * - `alone`: why it cannot share a tree with the other cases (it replaces a shared file).
 * The case's other files are laid over `tests/fixtures/base`.
 */
export interface ContentCase {
	name: string;
	kind: 'invalid' | 'accepted';
	about: string;
	first: string;
	exit: number;
	stage: 'validate' | 'build';
	messages: number;
	remove: string[];
	setup?: string;
	cli: boolean;
	build: boolean;
	alone?: string;
}

function readCases(kind: ContentCase['kind']): ContentCase[] {
	const dir = join(fixtures, kind);
	return readdirSync(dir).sort().map((name) => {
		const c = parse(readFileSync(join(dir, name, 'case.yaml'), 'utf8')) as Partial<ContentCase>;
		return { name, kind, about: c.about ?? '', first: c.first ?? '', exit: c.exit ?? (kind === 'accepted' ? 0 : 1), stage: c.stage ?? 'validate', messages: c.messages ?? (kind === 'accepted' ? 0 : 1), remove: c.remove ?? [], setup: c.setup, cli: c.cli ?? false, build: c.build ?? false, alone: c.alone };
	});
}

/** Every invalid case (`tests/fixtures/invalid/*`). */
export const invalidCases = () => readCases('invalid');
/** Every tricky case that must be accepted (`tests/fixtures/accepted/*`). */
export const acceptedCases = () => readCases('accepted');

/** A file outside any content tree (and outside the repository). */
function outside(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-outside-'));
	writeFileSync(join(dir, name), text);
	return join(dir, name);
}

const clauseText = (slug: string, body: string) => `---\ndoc: ${slug}\nlabel: 一、\ntitle: 工作目标\nkind: section\norder: 0\n---\n\n${body}\n`;

/** Run-time steps, given the content root and the case's document slug. */
const SETUPS: Record<string, (root: string, slug: string) => void> = {
	'symlink-clause-outside': (root, slug) => {
		const path = join(root, 'content/clauses', slug, '1.mdx');
		rmSync(path);
		symlinkSync(outside('1.mdx', clauseText(slug, SECRET)), path);
	},
	'symlink-inside': (root, slug) => symlinkSync('1.mdx', join(root, 'content/clauses', slug, '2.mdx')),
	'symlink-folder': (root, slug) => {
		const dir = dirname(outside('1.mdx', clauseText(`${slug}0`, SECRET)));
		symlinkSync(dir, join(root, 'content/clauses', `${slug}0`));
	},
	'symlink-document-outside': (root, slug) => {
		const path = join(root, 'content/documents', `${slug}.yaml`);
		rmSync(path);
		symlinkSync(outside('secrets.env', `${SECRET}\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`), path);
	},
	'huge-clause': (root, slug) => writeFileSync(join(root, 'content/clauses', slug, '1.mdx'), clauseText(slug, `工作目标${'很长的文字。'.repeat(300_000)}`)),
	'long-clause-body': (root, slug) => writeFileSync(join(root, 'content/clauses', slug, '1.mdx'), clauseText(slug, `工作目标${'很长的文字。'.repeat(20_000)}`)),
	'huge-yaml': (root, slug) => {
		const path = join(root, 'content/documents', `${slug}.yaml`);
		writeFileSync(path, `${readFileSync(path, 'utf8')}${'# 注释注释注释注释注释注释注释注释注释注释\n'.repeat(20_000)}`);
	},
	fifo: (root, slug) => {
		const r = spawnSync('mkfifo', [join(root, 'content/clauses', slug, '2.mdx')]);
		if (r.status !== 0) throw new Error('mkfifo is needed for the special-file case');
	},
};

const serial = (slug: string) => slug.split('-').at(-1)!;
const latin1 = (s: string) => Buffer.from(s, 'utf8').toString('latin1');

/**
 * A file's bytes for a copy of the base document under `slug`: the slug, the 发文字号 and (in a document file)
 * the order renamed, so that copies differ where documents must. Done on the bytes, so GBK and BOM files keep
 * their encoding (an ASCII slug is the same in all of them; a GBK 发文字号 is left alone).
 */
function renamed(bytes: Buffer, slug: string, document = false): Buffer {
	if (slug === BASE_SLUG) return bytes;
	let s = bytes.toString('latin1').replaceAll(BASE_SLUG, slug).replaceAll(latin1(BASE_NUMBER), latin1(BASE_NUMBER.replace('1号', `${serial(slug)}号`)));
	if (document) s = s.replace(/^order: 0(\r?)$/m, `order: ${serial(slug)}$1`);
	return Buffer.from(s, 'latin1');
}

/** An expected message line for a copy of the base document under `slug`. */
export const renamedLine = (line: string, slug: string) => line.replaceAll(BASE_SLUG, slug).replaceAll(BASE_NUMBER, BASE_NUMBER.replace('1号', `${serial(slug)}号`));

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Lay a case over a content tree at `root`, its slug renamed to `slug`; returns the paths it wrote. */
export function applyCase(root: string, c: ContentCase, slug = BASE_SLUG): string[] {
	const dir = join(fixtures, c.kind, c.name);
	const written: string[] = [];
	for (const r of c.remove) rmSync(join(root, r.replaceAll(BASE_SLUG, slug)), { force: true });
	for (const src of walk(dir)) {
		const rel = relative(dir, src).replaceAll(BASE_SLUG, slug);
		if (rel === 'case.yaml') continue;
		mkdirSync(dirname(join(root, rel)), { recursive: true });
		writeFileSync(join(root, rel), renamed(readFileSync(src), slug, rel.startsWith('content/documents/')));
		written.push(rel);
	}
	if (c.setup) SETUPS[c.setup]!(root, slug);
	return written;
}

/** Copy the valid base content tree and lay a case's files over it; returns the new root. */
export function fixtureRoot(name?: string, kind: ContentCase['kind'] = 'invalid'): string {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-fixture-'));
	cpSync(join(fixtures, 'base'), dir, { recursive: true });
	if (name) {
		const c = readCases(kind).find((x) => x.name === name);
		if (!c) throw new Error(`no fixture case ${kind}/${name}`);
		applyCase(dir, c);
	}
	return dir;
}

/**
 * One tree holding every case at once, each with its own copy of the base document (slug
 * `xiang-test-2024-<101 + index>`), so that causes can be counted across cases. Cases marked `alone` are left
 * out; two cases writing the same shared file is an error of the fixtures.
 */
export function combinedRoot(cases: ContentCase[]): { root: string; slugs: Map<string, string> } {
	const root = mkdtempSync(join(tmpdir(), 'xiangce-combined-'));
	cpSync(join(fixtures, 'base'), root, { recursive: true });
	const baseDoc = readFileSync(join(root, 'content/documents', `${BASE_SLUG}.yaml`));
	const baseClauses = join(root, 'content/clauses', BASE_SLUG);
	const owner = new Map<string, string>();
	const slugs = new Map<string, string>();
	cases.forEach((c, i) => {
		const slug = `xiang-test-2024-${101 + i}`;
		slugs.set(c.name, slug);
		writeFileSync(join(root, 'content/documents', `${slug}.yaml`), renamed(baseDoc, slug, true));
		mkdirSync(join(root, 'content/clauses', slug));
		for (const f of readdirSync(baseClauses)) writeFileSync(join(root, 'content/clauses', slug, f), renamed(readFileSync(join(baseClauses, f)), slug));
		for (const rel of applyCase(root, c, slug)) {
			if (rel.includes(slug)) continue;
			if (owner.has(rel)) throw new Error(`cases ${owner.get(rel)} and ${c.name} both write ${rel}: mark one \`alone\``);
			owner.set(rel, c.name);
		}
	});
	return { root, slugs };
}

/** A dist/ folder holding one marker file, to prove a failed build leaves it alone. */
export function previousDist(): { out: string; untouched: () => boolean } {
	const out = join(mkdtempSync(join(tmpdir(), 'xiangce-dist-')), 'dist');
	mkdirSync(out);
	writeFileSync(join(out, 'index.html'), 'previous build');
	const before = statSync(join(out, 'index.html')).mtimeMs;
	return {
		out,
		untouched: () => readFileSync(join(out, 'index.html'), 'utf8') === 'previous build' && statSync(join(out, 'index.html')).mtimeMs === before && readdirSync(out).length === 1 && readdirSync(dirname(out)).join() === 'dist' && !existsSync(`${out}.tmp`),
	};
}

/** The corpus of a fixture tree (the valid base by default), as the pages see it. */
export const corpusOf = (root: string = fixtureRoot()): Corpus => corpusFromDisk(root);
