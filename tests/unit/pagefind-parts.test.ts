import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexInParts, partGlob, partKey, partPages, planParts } from '../../src/lib/build/pagefind-parts';

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
	/** A stand-in indexer: writes a bundle naming the pages it was given. */
	const indexer = (ran: string[]) => async (args: string[]) => {
		const out = args[args.indexOf('--output-path') + 1]!;
		ran.push(args[args.indexOf('--glob') + 1]!);
		mkdirSync(join(out, 'fragment'), { recursive: true });
		writeFileSync(join(out, 'pagefind-entry.json'), args[args.indexOf('--glob') + 1]!);
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

	it('indexes each part into its folder, and on a rebuild only the part whose pages changed', async () => {
		const first: string[] = [];
		const s1 = site('build-1', pages);
		const done = await indexInParts(s1, parts, indexer(first), cache);
		expect(first).toEqual(['policies/a/*/index.html', 'policies/b/*/index.html']);
		expect(done.map((d) => d.indexed)).toEqual([true, true]);
		expect(readFileSync(join(s1, 'pagefind/parts/1/pagefind-entry.json'), 'utf8')).toBe('policies/b/*/index.html');
		expect(existsSync(join(s1, 'pagefind/fragment/x.pf_fragment'))).toBe(true);

		const second: string[] = [];
		const s2 = site('build-2', { ...pages, 'policies/b/1/index.html': 'b1 edited' });
		const again = await indexInParts(s2, parts, indexer(second), cache);
		expect(second).toEqual(['policies/b/*/index.html']);
		expect(again.map((d) => d.indexed)).toEqual([false, true]);
		expect(readFileSync(join(s2, 'pagefind/pagefind-entry.json'), 'utf8')).toBe('policies/a/*/index.html');
		// The cache holds this build's two bundles, nothing half-written.
		expect(readdirSync(cache.dir).length).toBe(2);
		expect(readdirSync(cache.dir).some((e) => e.endsWith('.partial'))).toBe(false);
	});
});
