import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../src/lib/content/read';
import { jsonExact, YamlMemo } from '../../src/lib/content/yaml-memo';
import { parseYaml } from '../../src/lib/content/yaml-text';

const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'xiangce-yaml-memo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What validation sees of a read: every file's data, error and body (not the functions). */
const seen = (raw: RawContent) => JSON.stringify([raw.documents, raw.clauses, raw.units, raw.topics, raw.external, raw.ruleExceptions, raw.industryLayout, raw.issues]);

describe('YamlMemo', () => {
	it('gives the reader exactly what parsing gives, on the real library, and parses nothing the second time', () => {
		const plain = readContent(root);
		const file = join(dir, 'memo.txt');
		const first = new YamlMemo('v1');
		expect(seen(readContent(root, { yaml: first }))).toBe(seen(plain));
		expect(first.hits).toBe(0);
		first.save(file);
		const second = YamlMemo.load(file, 'v1');
		expect(seen(readContent(root, { yaml: second }))).toBe(seen(plain));
		// Every clause frontmatter and every YAML file came from the memo.
		expect(second.hits).toBe(plain.clauses.length + plain.documents.length + 4 + (plain.industryLayout ? 1 : 0));
	});

	it('is empty for another version of the parsing code, or when its file is missing or garbled', () => {
		const file = join(dir, 'other.txt');
		const memo = new YamlMemo('v1');
		parseYaml('a: 1', 0, memo);
		memo.save(file);
		expect(YamlMemo.load(file, 'v2').get('a: 1')).toBeUndefined();
		expect(YamlMemo.load(join(dir, 'none.txt'), 'v1').get('a: 1')).toBeUndefined();
		writeFileSync(join(dir, 'garbled.txt'), 'v1\nno tab here\n\t{');
		expect(YamlMemo.load(join(dir, 'garbled.txt'), 'v1').get('a: 1')).toBeUndefined();
	});

	it('never remembers a text with a problem: it is reported every time', () => {
		const memo = new YamlMemo('v1');
		expect(parseYaml('kind：task', 0, memo).problem?.message).toMatch(/full-width colon/);
		expect(parseYaml('kind：task', 0, memo).problem?.message).toMatch(/full-width colon/);
		expect(memo.hits).toBe(0);
	});

	it('hands out a fresh copy each time, and the lines of fields as parsing does', () => {
		const memo = new YamlMemo('v1');
		const text = 'doc: x\nfacts:\n  - kind: task\n    quote: 建设';
		parseYaml(text, 1, memo);
		const a = parseYaml(text, 1, memo);
		(a.data as { doc: string }).doc = 'changed';
		expect((parseYaml(text, 1, memo).data as { doc: string }).doc).toBe('x');
		expect(a.lineOf(['facts', 0, 'quote'])).toBe(parseYaml(text, 1).lineOf(['facts', 0, 'quote']));
		expect(memo.hits).toBe(2);
	});

	it('keeps only values JSON gives back exactly', () => {
		expect(jsonExact({ a: [1, 'x', true, null, { b: 2.5 }] })).toBe(true);
		for (const v of [new Date(0), Number.NaN, Number.POSITIVE_INFINITY, -0, undefined, new Map(), [undefined]]) expect(jsonExact(v)).toBe(false);
	});
});
