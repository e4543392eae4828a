/**
 * Search over an index with a delta (src/lib/build/pagefind-parts.ts): a rebuild indexes only the clause pages that
 * changed since the index was made, into a bundle of their own, and search must find their new text, never their
 * old one, never a removed page, and each clause once. On a copy of the built site: indexed once with a cache, then a
 * clause page edited and another removed, and indexed again as a rebuild does.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dist, openPage, useSite } from '../browser/harness';
import { runPagefind, searchResults } from './drive';
import { writeSearchManifest } from '../../src/lib/build/search-manifest-site';
import { indexInParts, planParts, type IndexedPart } from '../../src/lib/build/pagefind-parts';
import type { PagefindManifest } from '../../src/lib/build/search-manifest';

let copy = '';
let done: IndexedPart[] = [];
let manifest: PagefindManifest;

const TOKEN = '增量索引校验词';
interface ApiClause {
	doc: string;
	id: string;
	url: string;
	text: string;
}
let edited: ApiClause;
let removed: ApiClause;
/** A run of eight Chinese characters from a text (what the search box keeps as typed). */
const phrase = (text: string, from = 0) => text.slice(from).match(/\p{Script=Han}{8}/u)?.[0] ?? '';

beforeAll(async () => {
	copy = mkdtempSync(join(tmpdir(), 'xiangce-delta-'));
	cpSync(dist, copy, { recursive: true });
	rmSync(join(copy, 'pagefind'), { recursive: true });
	const api = JSON.parse(readFileSync(join(copy, 'api/clauses.json'), 'utf8')) as { clauses: ApiClause[] };
	const counts = new Map<string, number>();
	for (const c of api.clauses) counts.set(c.doc, (counts.get(c.doc) ?? 0) + 1);
	const parts = planParts([...counts].map(([slug, clauses]) => ({ slug, clauses })));
	const cache = { dir: join(copy, '.cache'), code: 'test' };
	await indexInParts(copy, parts, runPagefind, cache);
	// A clause gains a word no other has; another, with a phrase of its own, is removed.
	const long = api.clauses.filter((c) => c.text.length > 80);
	edited = long[10]!;
	removed = long.find((c) => c.doc !== edited.doc && phrase(c.text, 20) && api.clauses.filter((o) => o.text.includes(phrase(c.text, 20))).length === 1)!;
	const page = join(copy, edited.url, 'index.html');
	writeFileSync(page, readFileSync(page, 'utf8').replace(/(data-pagefind-body[^>]*>)/, `$1<p>${TOKEN}</p>`));
	rmSync(join(copy, removed.url), { recursive: true });
	rmSync(join(copy, 'pagefind'), { recursive: true });
	done = await indexInParts(copy, parts, runPagefind, cache);
	rmSync(cache.dir, { recursive: true });
	manifest = writeSearchManifest(copy, 0, new Map(done.map((d) => [d.part.base, new Set(d.superseded)])));
}, 60_000);
const site = useSite(() => copy);

describe('search index with a delta', () => {
	it('indexes the edited page apart and names the pages the first bundle no longer serves', () => {
		expect(done).toHaveLength(1);
		expect(done[0]!.indexed).toBe(true);
		expect(done[0]!.delta).toEqual({ base: '/pagefind/parts/1/', pages: 1 });
		expect(done[0]!.superseded.sort()).toEqual([edited.url, removed.url].sort());
		expect(manifest.parts?.map((p) => p.base)).toEqual(['/pagefind/parts/1/']);
		expect(manifest.superseded).toHaveLength(2);
	});

	it('finds the new text, the edited clause once, and never the removed one', async () => {
		const { page, errors } = await openPage(site.browser, `${site.url}/search/`);
		const path = (u: string) => new URL(u, site.url).pathname;
		expect((await searchResults(page, TOKEN)).map(path)[0]).toBe(edited.url);
		const same = (await searchResults(page, phrase(edited.text))).map(path);
		expect(same).toContain(edited.url);
		expect(same.filter((u) => u === edited.url)).toHaveLength(1);
		const gone = (await searchResults(page, phrase(removed.text, 20))).map(path);
		expect(gone.length).toBeGreaterThan(0);
		expect(gone).not.toContain(removed.url);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
