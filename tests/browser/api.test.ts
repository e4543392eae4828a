import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
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
});
