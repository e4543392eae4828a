import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { checkFidelity } from '../../src/lib/content/fidelity';
import { targetRows } from '../../src/lib/views/target-rows';
import ClauseFacts from '../../src/components/ClauseFacts.astro';
import TargetTable from '../../src/components/TargetTable.astro';

// The 产业布局表 comes from the Astro content layer, which a container render has not loaded; the facts do not need it.
vi.mock('../../src/data/industry-layout', () => ({ loadIndustryLayout: async () => ({ cities: [], groups: {}, industries: [], cityTotals: {}, quality: [] }) }));

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => spawnSync(tsx, [join(root, 'scripts', script), ...args], { encoding: 'utf8', cwd: root });
const slug = 'xiang-jiao-fa-2025-7';

/**
 * The round trip a new document makes: ingest → validate → pages, with no hand edit. The Astro build itself reads
 * ./content through the glob loaders and cannot yet take another content root, so the pages are rendered here with
 * Astro's container API from the corpus of the temporary tree (the same components the pages use).
 */
describe('a new document: ingest → validate → pages, with no hand edit', () => {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-roundtrip-'));
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	cpSync(join(root, 'sources'), join(dir, 'sources'), { recursive: true });
	const source = join(root, 'tests/fixtures/ingest/roundtrip.txt');

	it('ingest writes the document, its clauses and proposed facts, and a summary', () => {
		const r = run('ingest.ts', [source, '--root', dir]);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/clauses\s+16 \(16 written, 0 kept/);
		expect(r.stdout).toMatch(/proposed\s+obligations \d+, targets 3, deadlines 1, responsible \d+, refs 3, quality 1/);
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
	it('its pages mark every proposed fact 待人工核对', async () => {
		const corpus = corpusFromDisk(dir);
		const container = await AstroContainer.create();
		const clause = corpus.clause.get(`${slug}/2-3`)!;
		const html = await container.renderToString(ClauseFacts, { props: { corpus, clause } });
		expect(html).toContain('本条有 3 项结构化数据由程序从原文起草');
		expect(html.match(/class="review-mark"/g)).toHaveLength(3);
		expect(html).toContain('１００个左右省级实习实训基地');
		const deadline = await container.renderToString(ClauseFacts, { props: { corpus, clause: corpus.clause.get(`${slug}/3-6`)! } });
		expect(deadline).toMatch(/2025-06-30[\s\S]*待人工核对/);
		const rows = targetRows(corpus).filter((r) => r.clause.doc === slug);
		const table = await container.renderToString(TargetTable, { props: { corpus, rows, caption: '量化目标', id: 't' } });
		expect(table.match(/待人工核对/g)).toHaveLength(3);
	});
	it('after review the marks are gone and the content still validates', async () => {
		const r = run('review.ts', [slug, '--root', dir, '--accept', 'all']);
		expect(r.status).toBe(0);
		expect(r.stdout).toContain(`${slug}: 0 proposed fact(s) remain; content validates`);
		expect(run('validate.ts', [dir]).stdout).not.toContain('awaiting review');
		const corpus = corpusFromDisk(dir);
		const html = await (await AstroContainer.create()).renderToString(ClauseFacts, { props: { corpus, clause: corpus.clause.get(`${slug}/2-3`)! } });
		expect(html).not.toContain('待人工核对');
	});
});
