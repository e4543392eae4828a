import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { dist, root } from './harness';

/**
 * The content loader renders clause bodies itself (src/lib/render/clause-html.ts) instead of compiling one MDX module
 * per clause. tests/fixtures/clause-html/before-loader.json holds every clause's HTML as the MDX pipeline rendered it
 * (the inside of `[data-clause-text]` on its permalink page); the built site must show exactly the same.
 * Intended differences would be listed here, each with its reason: there are none.
 */
const before = JSON.parse(readFileSync(join(root, 'tests/fixtures/clause-html/before-loader.json'), 'utf8')) as Record<string, string>;
const INTENDED: Record<string, string> = {};

function clauseHtml(url: string): string {
	const doc = parseDocument(readFileSync(join(dist, url, 'index.html'), 'utf8'));
	const el = selectOne('[data-clause-text]', doc.children as AnyNode[]) as Element | null;
	return el ? render(el.children, { decodeEntities: false }) : '(no [data-clause-text])';
}

describe('clause HTML after the move to the content loader', () => {
	const api = JSON.parse(readFileSync(join(dist, 'api/clauses.json'), 'utf8')) as { clauses: { doc: string; id: string; url: string }[] };
	it('covers every clause of the fixture and of the site', () => {
		expect(api.clauses.map((c) => `${c.doc}/${c.id}`).sort()).toEqual(Object.keys(before).sort());
	});
	it('is byte-for-byte the HTML the MDX pipeline rendered, for all clauses', () => {
		const changed = api.clauses.filter((c) => !(`${c.doc}/${c.id}` in INTENDED) && clauseHtml(c.url) !== before[`${c.doc}/${c.id}`]).map((c) => `${c.doc}/${c.id}`);
		expect(changed).toEqual([]);
	});
});
