import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { checkFidelity } from '../../src/lib/content/fidelity';
import { libraryCopy } from './ingest-helpers';

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const slug = 'xiang-jiao-fa-2025-7';

/**
 * The round trip a new document makes, with the real commands and no hand edit: ingest → validate → build (the
 * real `scripts/build.ts`, pointed at a copy of the library with XIANGCE_CONTENT_ROOT, its dist/ and Astro cache in
 * the same temporary folder) → the built pages mark every proposed fact 待人工核对 → review → validate.
 */
describe('a new document: ingest → validate → build, with no hand edit', () => {
	const dir = libraryCopy();
	const run = (script: string, args: string[], env: Record<string, string> = {}) => spawnSync(tsx, [join(root, 'scripts', script), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });
	const source = join(root, 'tests/fixtures/ingest/roundtrip.txt');
	const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
	const marks = (html: string) => html.match(/class="review-mark"/g)?.length ?? 0;

	it('ingest writes the document, its clauses, proposed facts and lifecycle, and a summary', () => {
		const r = run('ingest.ts', [source, '--root', dir]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/clauses\s+16 \(16 written, 0 kept/);
		expect(r.stdout).toMatch(/proposed\s+obligations \d+, targets 3, formLimits 0, deadlines 1, responsible \d+, refs 3, quality 1/);
		expect(r.stdout).toMatch(/lifecycle\s+未知 · 原文未载; 文种 通知, encloses 办法; effective 自印发之日起施行 \(3-8\); implements vocational-education-law \(1-1\); implements xiang-jiao-tong-2024-23 \(1-1\)/);
		expect(r.stdout).not.toContain('left out');
		expect(readFileSync(join(dir, 'sources/roundtrip.txt'), 'utf8')).toBe(readFileSync(source, 'utf8'));
	});
	it('a second run writes nothing over what exists', () => {
		const r = run('ingest.ts', [source, '--root', dir]);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/0 written, 16 kept/);
		expect(r.stdout).toContain('kept (it exists)');
	});
	it('validate passes and counts the facts awaiting review', () => {
		const r = run('validate.ts', [dir]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(new RegExp(`awaiting review: \\d+ proposed fact\\(s\\) — ${slug} \\d+`));
	});
	it('the draft keeps every sentence of its source and invents none', () => {
		const { content } = validateContent(readContent(dir));
		const doc = content.documents.get(slug)!;
		const report = checkFidelity(readFileSync(source, 'utf8'), content.clauses.filter((c) => c.doc === slug).map((c) => ({ id: c.id, label: c.data.label, text: c.text })), doc.printed.map((p) => p.text));
		expect(report.lost).toEqual([]);
		expect(report.invented).toEqual([]);
	});
	it('the build accepts it (change log, published URLs) and its pages mark every proposed fact 待人工核对', () => {
		const r = run('build.ts', [], { XIANGCE_CONTENT_ROOT: dir, XIANGCE_DIST: join(dir, 'dist'), XIANGCE_CACHE_DIR: join(dir, 'cache') });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toMatch(/build: \d+ new URL\(s\) not yet in permalinks\.json/);
		const clause = page(`policies/${slug}/2-3`);
		expect(clause).toContain('本条有 3 项结构化数据由程序从原文起草');
		expect(marks(clause)).toBe(3);
		expect(clause).toContain('１００个左右省级实习实训基地');
		expect(page(`policies/${slug}/3-6`)).toMatch(/2025-06-30[\s\S]*待人工核对/);
		// Where facts are listed across documents, the new ones carry the mark and curated (or accepted) ones do not.
		expect(marks(page('targets'))).toBe(3);
		// The document page: its lifecycle as drafted (文种, what it implements) and its change log.
		const doc = page(`policies/${slug}`);
		expect(doc).toContain('/external/vocational-education-law/');
		expect(doc).toContain('/policies/xiang-jiao-tong-2024-23/');
		expect(doc).toContain('收录全文（逐条原文）；结构化数据由程序从原文起草');
		// …and the document it implements now lists it.
		expect(page('policies/xiang-jiao-tong-2024-23')).toContain(`/policies/${slug}/`);
	}, 240_000);
	it('after review nothing awaits review and the content still validates', () => {
		const r = run('review.ts', [slug, '--root', dir, '--accept', 'all']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain(`${slug}: 0 proposed fact(s) remain; content validates`);
		const v = run('validate.ts', [dir]);
		expect(v.status).toBe(0);
		expect(v.stdout).not.toContain('awaiting review');
		expect(readFileSync(join(dir, 'content/clauses', slug, '2-3.mdx'), 'utf8')).not.toContain('review: proposed');
		expect(existsSync(join(dir, 'dist', 'policies', slug))).toBe(true);
	});
});
