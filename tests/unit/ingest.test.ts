import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceText } from '../../src/lib/ingest/source-text';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/lib/ingest/paragraphs';
import { structure } from '../../src/lib/ingest/structure';
import { bodyToMdx, clauseFile } from '../../src/lib/ingest/render';
import { mdxToPlain } from '../../src/lib/content/mdx-text';
import { splitFrontmatter } from '../../src/lib/content/read';
import { parse } from 'yaml';

const source = readFileSync(join(import.meta.dirname, '../fixtures/ingest/sample.txt'), 'utf8');
const paragraphs = paragraphsOf(source);
const bodyStart = paragraphs.findIndex((p) => p.text.endsWith('：')) + 1;
const { front, clauses, unplaced } = structure(paragraphs, bodyStart);
const byId = new Map(clauses.map((c) => [c.id, c]));

describe('ingest', () => {
	it('keeps the letterhead, number, title and addressee line as front matter', () => {
		expect(front.map((p) => p.text)).toEqual(['湖南省教育厅', '湘测〔2024〕9号', '关于测试的通知', '各市州教育（体）局：']);
		expect(front.map((p) => p.line)).toEqual([1, 3, 5, 7]);
	});
	it('builds ids from the numbering path and qualifies repeated labels', () => {
		expect(clauses.map((c) => c.id)).toEqual(['preamble', '1', '1-1', '1-2', '1-2-1', '1-2-2', '2', '2-1', 'sign', 'att1']);
		expect(byId.get('1-2-1')!.label).toBe('一、（二）1．');
		expect(byId.get('2-1')!.label).toBe('二、1．');
		expect(byId.get('1-1')!.label).toBe('（一）');
		expect(byId.get('1-2-1')!.parent).toBe('1-2');
		expect(unplaced).toEqual([]);
	});
	it('takes the lead sentence as title and joins PDF breaks across a page marker', () => {
		expect(byId.get('1-2-1')!.title).toBe('建设基地');
		expect(byId.get('1-2-1')!.body).toEqual(['建设基地。建设 20 个左右基地。']);
		expect(byId.get('1-1')!.body).toEqual(['指导思想', '坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记关于职业教育的重要指示。']);
	});
	it('recognises the signature and attachments, and renders tab rows as a table', () => {
		expect(byId.get('sign')!.body).toEqual(['湖南省教育厅', '2024 年 1 月 25 日']);
		expect(byId.get('2-1')!.body).toEqual(['加强领导。各地要加强领导。']);
		const att = byId.get('att1')!;
		expect(att.kind).toBe('attachment');
		expect(mdxToPlain(bodyToMdx(att.body))).toBe('测试表\n\n城市\t数量\n长沙\t1');
	});
	it('writes MDX whose frontmatter follows the schema and whose body reads back verbatim', () => {
		const file = splitFrontmatter(clauseFile('xiang-ce-2024-9', byId.get('1-2-2')!))!;
		expect(parse(file.yaml)).toMatchObject({ doc: 'xiang-ce-2024-9', label: '一、（二）2．', parent: '1-2', kind: 'task', obligations: [] });
		expect(mdxToPlain(file.body)).toBe('培养人才。培养 100 名左右名师。');
	});
});

describe('ingest: source encoding', () => {
	const gbk = readFileSync(join(import.meta.dirname, '../fixtures/ingest/sample-gbk.txt'));
	it('refuses a GBK source with the command that converts it', () => {
		const r = sourceText(gbk, 'sources/x.txt');
		expect(r.ok).toBe(false);
		expect(r.ok || r.message).toMatch(/^sources\/x\.txt:1:\d+: is encoded as GBK .*iconv -f GBK -t UTF-8 sources\/x\.txt/);
	});
	it('reads UTF-8 (with or without BOM, CRLF) and warns on damaged lines', () => {
		const r = sourceText(new TextEncoder().encode('\uFEFF第一行\r\n坏\uFFFD行\r\n好\f行\n'), 's.txt');
		expect(r).toEqual({ ok: true, text: '第一行\n坏\uFFFD行\n好\f行\n', warnings: [expect.stringContaining('line(s) 2, 3')] });
	});
	it('the command exits 1 with one line and writes nothing', () => {
		const root = join(import.meta.dirname, '../..');
		const out = mkdtempSync(join(tmpdir(), 'xiangce-ingest-'));
		const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/ingest.ts'), join(import.meta.dirname, '../fixtures/ingest/sample-gbk.txt'), '--slug', 'xiang-ce-2024-9', '--root', out], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr.trim().split('\n')).toHaveLength(1);
		expect(r.stderr).toMatch(/^ingest: .*sample-gbk\.txt:1:\d+: is encoded as GBK/);
		expect(readdirSync(out)).toEqual([]);
	});
});
