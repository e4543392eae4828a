import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { buildDocumentExport, buildExport } from '../../src/lib/export/api';
import { CSV_TABLES, csvTable } from '../../src/lib/export/csv';
import { checkFidelity } from '../../src/lib/content/fidelity';
import { apiDocumentFile } from '../../src/lib/schema';

/** The open data is the whole document: every sentence of every source is in it, and nothing else. */
const root = join(import.meta.dirname, '../..');
const corpus = corpusFromDisk(root);
const data = buildExport(corpus);
const SITE = 'https://xiangce.example.org';

describe.each(data.documents.map((d) => [d.number, d] as const))('open data of %s', (_n, doc) => {
	const source = readFileSync(join(root, 'sources', doc.sourceFile), 'utf8');
	const clauses = data.clauses.filter((c) => c.doc === doc.slug);
	const report = checkFidelity(source, clauses, doc.printed.map((p) => p.text));

	it('holds every sentence of the source (100%) and invents none', () => {
		expect(report.lost).toEqual([]);
		expect(report.coverage).toBe(1);
		expect(report.invented).toEqual([]);
	});
	it('has the per-document file with the same document and clauses', () => {
		const file = apiDocumentFile.parse(buildDocumentExport(corpus, corpus.doc.get(doc.slug)!));
		expect(file.document).toEqual(doc);
		expect(file.clauses).toEqual(clauses);
	});
	it('links each attachment whose text is present to its clause', () => {
		for (const a of doc.attachments) {
			if (a.status === 'present') expect(a.clause?.url, `附件${a.n}`).toBe(`/policies/${doc.slug}/att${a.n}/`);
			else expect(a.clause).toBeNull();
		}
	});
});

describe('open data: the printed lines in their places', () => {
	const bySlug = new Map(data.documents.map((d) => [d.slug, d]));
	it('湘人社发〔2024〕40号 carries its contact line and its disclosure line', () => {
		const d = bySlug.get('xiang-ren-she-fa-2024-40')!;
		expect(d.contact).toEqual(['(联系单位：职业能力建设处 0731-84900461)']);
		expect(d.disclosure).toEqual({ value: '主动公开', line: '(此件主动公开)' });
		expect(d.letterhead).toEqual(['湖南省人力资源和社会保障厅文件']);
		expect(d.addressees.units.map((u) => u.name)).toEqual(['市州人力资源和社会保障局', '技工院校']);
	});
	it('every document says what it does not have, as null rather than a guess', () => {
		const d = bySlug.get('xiang-zheng-ban-fa-2018-82')!;
		expect(d.date).toBeNull();
		expect(d.dateNote).toContain('原文未载');
		expect(d.disclosure).toBeNull();
		expect(d.contact).toEqual([]);
	});
});

describe.each(CSV_TABLES)('CSV %s', (table) => {
	const text = csvTable(corpus, table, SITE);
	const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
	it('starts with a UTF-8 byte-order mark so Excel reads the Chinese as UTF-8', () => {
		expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});
	it('parses back to one row per fact, with the quote verbatim and a permalink', () => {
		const facts = corpus.clauses.flatMap((c) => c.data[table].map((f) => ({ c, quote: f.quote })));
		expect(rows).toHaveLength(facts.length);
		rows.forEach((r, i) => {
			expect(r['原文']).toBe(facts[i]!.quote);
			expect(r['条款链接']).toBe(new URL(facts[i]!.c.url, SITE).href);
			expect(r['发文字号']).toBe(corpus.doc.get(facts[i]!.c.doc)!.data.number);
		});
	});
});
