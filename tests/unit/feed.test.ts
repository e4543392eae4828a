import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { documentFeed, libraryFeed } from '../../src/lib/export/feed';
import { clauseChanges, documentChanges, libraryChanges } from '../../src/lib/views/changes';

const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const SITE = 'https://xiangce.example.org';

describe('Atom feeds of the change log', () => {
	it('/feed.xml parses as Atom with one entry per change, newest first, unique ids', () => {
		const xml = libraryFeed(corpus, SITE);
		const feed = parseFeed(xml);
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe('湘策 · 变更记录');
		expect(feed.items).toHaveLength(libraryChanges(corpus).length);
		expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
		const dates = feed.items.map((i) => i.updated!.getTime());
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		expect(feed.items.every((i) => i.url?.startsWith(`${SITE}/policies/`))).toBe(true);
		expect(feed.authors.length + feed.items.filter((i) => i.authors.length).length).toBeGreaterThan(0);
	});
	it('each document has its own feed, and the same content gives the same bytes', () => {
		for (const d of corpus.docs) {
			const feed = parseFeed(documentFeed(d, SITE));
			expect(feed.items.map((i) => i.title)).toEqual(documentChanges(d).map((c) => expect.stringContaining(c.entry.what)));
			expect(feed.self).toBe(`${SITE}/policies/${d.slug}/feed.xml`);
		}
		expect(libraryFeed(corpus, SITE)).toBe(libraryFeed(corpus, SITE));
	});
	it('a clause shows the entries about it and about its whole document', () => {
		const d = corpus.doc.get('xiang-zheng-ban-fa-2018-82')!;
		expect(clauseChanges(d, '4-15').map((c) => c.entry.kind)).toEqual(['facts-revised', 'status-changed', 'added']);
		const touched = { ...d, data: { ...d.data, changes: [...d.data.changes, { date: '2026-12-02', kind: 'text-corrected' as const, what: '更正', reason: '核对', clauses: ['4-14'] }] } };
		expect(clauseChanges(touched, '4-15')).toHaveLength(3);
		expect(clauseChanges(touched, '4-14')[0]!.entry.what).toBe('更正');
	});
});
