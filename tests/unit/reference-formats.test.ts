import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { cslItem, risRecord } from '../../src/lib/citations/reference-formats';
import { basisSentence, cite, citeDocument } from '../../src/lib/citations/citation';

const root = join(import.meta.dirname, '../..');
const corpus = corpusFromDisk(root);
const SITE = 'https://xiangce.example.org';
const schema = JSON.parse(readFileSync(join(root, 'tests/fixtures/csl/csl-data.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const variables = new Set(Object.keys(schema.items.properties));

const items = corpus.docs.flatMap((d) => [cslItem(corpus, d, SITE), ...d.clauses.map((c) => cslItem(corpus, d, SITE, c))]);

describe('CSL-JSON', () => {
	it('every document and clause item is valid against the official CSL data schema', () => {
		expect(items.length).toBe(corpus.docs.length + corpus.clauses.length);
		const ok = validate(items);
		expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
		expect(ok).toBe(true);
	});
	it('uses only CSL variables (a misspelt one would pass the schema silently)', () => {
		for (const item of items) for (const k of Object.keys(item)) expect(variables.has(k), k).toBe(true);
	});
	it('cites a clause by its place, with the 发文字号 as number and the date as the text gives it', () => {
		const doc = corpus.doc.get('xiang-zheng-ban-fa-2018-82')!;
		const item = cslItem(corpus, doc, SITE, corpus.clause.get('xiang-zheng-ban-fa-2018-82/4-15'));
		expect(item).toMatchObject({ type: 'legislation', number: '湘政办发〔2018〕82号', section: '第15条', genre: '实施意见', issued: { 'date-parts': [[2018]] }, URL: `${SITE}/policies/xiang-zheng-ban-fa-2018-82/4-15/` });
		expect(item.note).toContain('标题据公开发布记录补充');
		expect(item).not.toHaveProperty('status');
		const dated = cslItem(corpus, corpus.doc.get('xiang-zheng-han-2023-168')!, SITE);
		expect(dated.issued).toEqual({ 'date-parts': [[2023, 12, 29]] });
		expect(dated.author).toEqual([{ literal: '教育部' }, { literal: '湖南省人民政府' }]);
	});
	it('gives a clause of an enclosed 实施方案 that text’s title and 文种', () => {
		const doc = corpus.doc.get('xiang-zheng-han-2023-168')!;
		expect(cslItem(corpus, doc, SITE, corpus.clause.get('xiang-zheng-han-2023-168/2-1-3'))).toMatchObject({ title: '关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案', genre: '实施方案', section: '二（一）3' });
		expect(cslItem(corpus, doc, SITE, corpus.clause.get('xiang-zheng-han-2023-168/preamble'))).toMatchObject({ genre: '通知' });
	});
});

/** A strict RIS reader: every line `XX  - value`, TY first, ER last, no empty values but ER's. */
function readRis(text: string): [string, string][] {
	expect(text.endsWith('\n')).toBe(true);
	const lines = text.slice(0, -1).split('\n');
	return lines.map((l, i) => {
		const m = l.match(/^([A-Z][A-Z0-9])  - (.*)$/);
		expect(m, `line ${i + 1}: ${l}`).not.toBeNull();
		if (m![1] !== 'ER') expect(m![2]!.trim(), `line ${i + 1}`).not.toBe('');
		return [m![1]!, m![2]!];
	});
}

describe('RIS', () => {
	it('every record reads strictly: TY first, ER last, one tag a line', () => {
		for (const item of items) {
			const tags = readRis(risRecord(item));
			expect(tags[0]).toEqual(['TY', 'STAT']);
			expect(tags.at(-1)).toEqual(['ER', '']);
			expect(tags.filter(([t]) => t === 'TY' || t === 'ER')).toHaveLength(2);
		}
	});
	it('parses back with citation-js to the same title, number, section and URL', () => {
		const doc = corpus.doc.get('xiang-ren-she-fa-2024-40')!;
		const item = cslItem(corpus, doc, SITE, corpus.clause.get('xiang-ren-she-fa-2024-40/6'));
		const [back] = new Cite(risRecord(item)).data as Record<string, unknown>[];
		expect(back).toMatchObject({ type: 'legislation', title: item.title, number: '湘人社发〔2024〕40号', URL: item.URL });
		const tags = readRis(risRecord(item));
		expect(tags).toContainEqual(['SE', '第六条']);
		expect(tags).toContainEqual(['AU', '湖南省人力资源和社会保障厅']);
	});
	it('writes the date in RIS form when the text gives one', () => {
		const tags = readRis(risRecord(cslItem(corpus, corpus.doc.get('xiang-jiao-tong-2024-23')!, SITE)));
		expect(tags).toContainEqual(['DA', '2024/01/25/']);
	});
});

describe('公文 basis sentence', () => {
	const opts = { site: SITE, accessed: '2026-12-01' };
	it('writes article numbers in Chinese numerals', () => {
		expect(cite(corpus, corpus.clause.get('xiang-zheng-ban-fa-2018-82/4-15')!, opts).basis).toBe('根据《湖南省人民政府办公厅关于深化产教融合的实施意见》（湘政办发〔2018〕82号）第十五条');
	});
	it('keeps nested numbering as printed and names a whole document without a place', () => {
		expect(cite(corpus, corpus.clause.get('xiang-zheng-han-2023-168/2-1-3')!, opts).basis).toBe('根据《关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案》（湘政函〔2023〕168号）二（一）3');
		expect(citeDocument(corpus, corpus.doc.get('xiang-jiao-tong-2024-23')!, opts).basis).toBe('根据《湖南省教育厅关于开展市域产教联合体建设的通知》（湘教通〔2024〕23号）');
		expect(basisSentence('通知', '湘测〔2024〕1号', '落款')).toBe('根据《通知》（湘测〔2024〕1号）');
		expect(basisSentence('通知', '湘测〔2024〕1号', '第二十一条')).toBe('根据《通知》（湘测〔2024〕1号）第二十一条');
	});
});
