import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { changeLogIssues, contentHashes } from '../../src/lib/content/change-log';
import { recordedHashes } from '../../src/lib/build/change-gate';

const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));

describe('lifecycle of the real content', () => {
	it('every document states its status with evidence or 原文未载, explicitly (not by default), and has a change log', () => {
		for (const f of readdirSync(join(root, 'content/documents'))) {
			const raw = parse(readFileSync(join(root, 'content/documents', f), 'utf8')) as { lifecycle?: { status?: string; evidence?: unknown }; changes?: unknown[] };
			expect(raw.lifecycle?.status, f).toBeDefined();
			expect(raw.lifecycle?.evidence, f).toBeDefined();
			expect(raw.changes?.length, f).toBeGreaterThan(0);
		}
	});
	it('every external document states its status too', () => {
		const raw = parse(readFileSync(join(root, 'content/external.yaml'), 'utf8')) as { id: string; lifecycle?: { status?: string } }[];
		for (const x of raw) expect(x.lifecycle?.status, x.id).toBeDefined();
	});
});

describe('change log against permalinks.json', () => {
	it('has no change without a change entry', () => {
		expect(changeLogIssues(recordedHashes(root), content)).toEqual([]);
	});
	it('records the current hashes (run `npx tsx scripts/permalinks.ts` after logging a change)', () => {
		expect(recordedHashes(root)).toEqual(contentHashes(content));
	});
});
