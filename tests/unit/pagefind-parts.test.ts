import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deltaLimit, indexInParts, partGlob, partKey, partPages, planParts } from '../../src/lib/build/pagefind-parts';

/**
 * The search index in parts: which documents go in which part, what a part's cache key covers, and that a rebuild
 * indexes only the parts whose pages changed (the indexer replaced by a stand-in that writes a bundle).
 */
const dir = mkdtempSync(join(tmpdir(), 'xiangce-pagefind-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs = (n: number, clauses = 100) => Array.from({ length: n }, (_, i) => ({ slug: `doc-${i}`, clauses }));

describe('planParts', () => {
	it('keeps a library of up to one part’s clauses in one bundle, /pagefind/', () => {
		expect(planParts(docs(5, 42))).toEqual([{ base: '/pagefind/', docs: ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4'], clauses: 210 }]);
	});
	it('splits a larger library by document, every document once, the first part at /pagefind/', () => {
		const parts = planParts(docs(1000, 42));
		expect(parts.length).toBe(2);
		expect(parts.map((p) => p.base)).toEqual(['/pagefind/', '/pagefind/parts/1/']);
		expect(parts.flatMap((p) => p.docs).sort()).toEqual(docs(1000).map((d) => d.slug).sort());
		for (const p of parts) expect(p.clauses).toBeGreaterThan(10_000);
	});
	it('puts a document in the same part when another is added', () => {
		const before = planParts(docs(1000, 42));
		const after = planParts([...docs(1000, 42), { slug: 'new-doc', clauses: 42 }]);
		const partOf = (parts: typeof before, slug: string) => parts.findIndex((p) => p.docs.includes(slug));
		for (const d of docs(1000)) expect(partOf(after, d.slug)).toBe(partOf(before, d.slug));
	});
});

describe('partGlob', () => {
	it('names the clause pages of the part’s documents', () => {
		expect(partGlob({ base: '/pagefind/', docs: ['a'], clauses: 1 })).toBe('policies/a/*/index.html');
		expect(partGlob({ base: '/pagefind/', docs: ['a', 'b-2'], clauses: 1 })).toBe('policies/{a,b-2}/*/index.html');
	});
});

function site(name: string, pages: Record<string, string>): string {
	const root = join(dir, name);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), html);
	}
	return root;
}

describe('partKey and indexInParts', () => {
	const parts = [
		{ base: '/pagefind/', docs: ['a'], clauses: 2 },
		{ base: '/pagefind/parts/1/', docs: ['b'], clauses: 1 },
	];
	const pages = { 'policies/a/1/index.html': 'a1', 'policies/a/2/index.html': 'a2', 'policies/b/1/index.html': 'b1', 'policies/a/index.html': 'doc page' };
	const cache = { dir: join(dir, 'cache'), code: 'v1' };
	/** A stand-in indexer: writes a bundle whose entry lists the pages it was given (`--site` and `--glob`). */
	const indexer = (ran: string[]) => async (args: string[]) => {
		const at = (flag: string) => args[args.indexOf(flag) + 1]!;
		const out = at('--output-path');
		const docs = at('--glob').match(/^policies\/(?:\{([^}]*)\}|([^/*]+)|\*)\//)!;
		const root = join(at('--site'), 'policies');
		const listed = docs[1]?.split(',') ?? (docs[2] ? [docs[2]] : readdirSync(root));
		const given = listed.flatMap((d) => (existsSync(join(root, d)) ? readdirSync(join(root, d)).filter((c) => existsSync(join(root, d, c, 'index.html'))).map((c) => `${d}/${c}`) : [])).sort();
		ran.push(given.join(' '));
		mkdirSync(join(out, 'fragment'), { recursive: true });
		writeFileSync(join(out, 'pagefind-entry.json'), given.join(' '));
		writeFileSync(join(out, 'fragment', 'x.pf_fragment'), 'x');
	};

	it('covers the clause pages of the part and nothing else', () => {
		const s = site('key', pages);
		expect(partPages(s, parts[0]!)).toEqual(['policies/a/1/index.html', 'policies/a/2/index.html']);
		const key = partKey(s, parts[0]!, 'v1');
		writeFileSync(join(s, 'policies/a/index.html'), 'another doc page');
		writeFileSync(join(s, 'policies/b/1/index.html'), 'b1 changed');
		expect(partKey(s, parts[0]!, 'v1')).toBe(key);
		expect(partKey(s, parts[0]!, 'v2')).not.toBe(key);
		writeFileSync(join(s, 'policies/a/2/index.html'), 'a2 changed');
		expect(partKey(s, parts[0]!, 'v1')).not.toBe(key);
	});

	it('indexes each part into its folder, and on a rebuild only the pages that changed, into a delta bundle', async () => {
		const first: string[] = [];
		const s1 = site('build-1', pages);
		const done = await indexInParts(s1, parts, indexer(first), cache);
		expect(first).toEqual(['a/1 a/2', 'b/1']);
		expect(done.map((d) => [d.indexed, d.delta, d.superseded])).toEqual([[true, undefined, []], [true, undefined, []]]);
		expect(readFileSync(join(s1, 'pagefind/parts/1/pagefind-entry.json'), 'utf8')).toBe('b/1');
		expect(existsSync(join(s1, 'pagefind/fragment/x.pf_fragment'))).toBe(true);

		const second: string[] = [];
		const s2 = site('build-2', { ...pages, 'policies/b/1/index.html': 'b1 edited' });
		const again = await indexInParts(s2, parts, indexer(second), cache);
		expect(second).toEqual(['b/1']);
		expect(again.map((d) => [d.indexed, d.delta, d.superseded])).toEqual([[false, undefined, []], [true, { base: '/pagefind/parts/2/', pages: 1 }, ['/policies/b/1/']]]);
		// The part keeps the bundle it was indexed into; the edited page is in the delta, after the parts.
		expect(readFileSync(join(s2, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('a/1 a/2');
		expect(readFileSync(join(s2, 'pagefind/parts/1/pagefind-entry.json'), 'utf8')).toBe('b/1');
		expect(readFileSync(join(s2, 'pagefind/parts/2/pagefind-entry.json'), 'utf8')).toBe('b/1');
		// The cache holds this build's bundles (two parts, one delta), nothing half-written, no pages left over.
		expect(readdirSync(cache.dir).filter((e) => !e.endsWith('.json')).length).toBe(3);
		expect(readdirSync(cache.dir).some((e) => e.endsWith('.partial') || e.startsWith('delta-pages'))).toBe(false);

		// Built again unchanged: the delta is taken from the cache too.
		const third: string[] = [];
		const s3 = site('build-3', { ...pages, 'policies/b/1/index.html': 'b1 edited' });
		expect((await indexInParts(s3, parts, indexer(third), cache)).map((d) => d.indexed)).toEqual([false, false]);
		expect(third).toEqual([]);
		expect(readFileSync(join(s3, 'pagefind/parts/2/pagefind-entry.json'), 'utf8')).toBe('b/1');
	});

	it('drops a removed page from its part without indexing anything', async () => {
		const ran: string[] = [];
		const { 'policies/a/2/index.html': _, ...rest } = pages;
		const s = site('removed', { ...rest, 'policies/b/1/index.html': 'b1 edited' });
		const done = await indexInParts(s, parts, indexer(ran), cache);
		expect(ran).toEqual([]);
		expect(done.map((d) => [d.indexed, d.delta, d.superseded])).toEqual([[false, undefined, ['/policies/a/2/']], [false, { base: '/pagefind/parts/2/', pages: 1 }, ['/policies/b/1/']]]);
	});

	it('indexes a part whole again past deltaLimit, and makes later deltas against that bundle', async () => {
		const many = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`policies/c/${i}/index.html`, `c${i}`]));
		const one = [{ base: '/pagefind/', docs: ['c'], clauses: 120 }];
		const c = { dir: join(dir, 'cache-c'), code: 'v1' };
		await indexInParts(site('c-1', many), one, indexer([]), c);
		const edited = Object.fromEntries(Object.entries(many).map(([p, t], i) => [p, i < 101 ? `${t} edited` : t]));
		expect(deltaLimit(120)).toBe(100);
		const ran: string[] = [];
		const done = await indexInParts(site('c-2', edited), one, indexer(ran), c);
		expect(done[0]).toMatchObject({ indexed: true, superseded: [] });
		expect(done[0]!.delta).toBeUndefined();
		expect(ran[0]!.split(' ').length).toBe(120);
		const later: string[] = [];
		const d3 = await indexInParts(site('c-3', { ...edited, 'policies/c/0/index.html': 'c0 edited twice' }), one, indexer(later), c);
		expect(later).toEqual(['c/0']);
		expect(d3[0]!.superseded).toEqual(['/policies/c/0/']);
	});

	it('indexes a part whole when the indexer or its configuration changed, whatever the pages', async () => {
		const c = { dir: join(dir, 'cache-code'), code: 'v1' };
		await indexInParts(site('code-1', pages), parts, indexer([]), c);
		const ran: string[] = [];
		const done = await indexInParts(site('code-2', pages), parts, indexer(ran), { ...c, code: 'v2' });
		expect(ran).toEqual(['a/1 a/2', 'b/1']);
		expect(done.every((d) => d.indexed && !d.delta)).toBe(true);
	});

	it('indexes a part whole when a page it held is now another part’s (the parts planned anew)', async () => {
		const c = { dir: join(dir, 'cache-moved'), code: 'v1' };
		const together = [{ base: '/pagefind/', docs: ['a', 'b'], clauses: 3 }];
		await indexInParts(site('moved-1', pages), together, indexer([]), c);
		const ran: string[] = [];
		const done = await indexInParts(site('moved-2', pages), parts, indexer(ran), c);
		expect(ran).toEqual(['a/1 a/2', 'b/1']);
		expect(done.every((d) => d.indexed && !d.delta && d.superseded.length === 0)).toBe(true);
	});
});
