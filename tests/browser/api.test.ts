import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { dist } from './harness';

const read = (p: string) => JSON.parse(readFileSync(join(dist, p), 'utf8')) as Record<string, unknown>;

describe('open data in dist/api', () => {
	const schema = read('api/schema.json');
	const data = read('api/clauses.json') as { documents: unknown[]; clauses: { url: string; doc: string; id: string }[]; units: unknown[] };

	it('/api/clauses.json validates against /api/schema.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(schema);
		const ok = validate(data);
		expect(validate.errors?.slice(0, 5) ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
		expect(ok).toBe(true);
	});
	it('has all five documents and a page for every clause url', () => {
		expect(data.documents).toHaveLength(5);
		for (const c of data.clauses) {
			expect(c.url).toBe(`/policies/${c.doc}/${c.id}/`);
			expect(() => readFileSync(join(dist, c.url, 'index.html'))).not.toThrow();
		}
	});
	it('the schema rejects a clause with an unknown modality', () => {
		const ajv = new Ajv2020({ strict: false });
		const validate = ajv.compile(schema);
		const bad = structuredClone(data) as unknown as { clauses: { obligations: { modality: string }[] }[] };
		const withObligation = bad.clauses.find((c) => c.obligations.length)!;
		withObligation.obligations[0]!.modality = 'shall';
		expect(validate(bad)).toBe(false);
	});
	it('each /api/documents/<slug>.json validates against /api/document.schema.json and matches /api/clauses.json', () => {
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		const validate = ajv.compile(read('api/document.schema.json'));
		for (const d of data.documents as { slug: string; api: string }[]) {
			const file = read(d.api.slice(1)) as { document: unknown; clauses: unknown[] };
			expect(validate(file), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
			expect(file.document).toEqual(d);
			expect(file.clauses).toEqual(data.clauses.filter((c) => c.doc === d.slug));
		}
	});
	it('the CSV downloads are UTF-8 with a BOM and parse back to the facts of /api/clauses.json', () => {
		const count = { obligations: 0, targets: 0, responsible: 0 } as Record<string, number>;
		for (const c of data.clauses as unknown as Record<string, unknown[]>[]) for (const k of Object.keys(count)) count[k]! += c[k]!.length;
		for (const [table, n] of Object.entries(count)) {
			const bytes = readFileSync(join(dist, 'api', `${table}.csv`));
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const rows = parse(bytes, { bom: true, columns: true }) as Record<string, string>[];
			expect(rows, table).toHaveLength(n);
			expect(rows[0]!['发文字号']).toMatch(/〔\d{4}〕\d+号$/);
		}
	});
});
