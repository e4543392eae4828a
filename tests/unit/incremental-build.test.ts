import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticContent } from '../../scripts/bench/lib/synthetic';

/**
 * What makes a rebuild fast — pages reused from Astro's cache by their keys and linked into the new site, data files
 * linked from the build's cache, the search index's changed pages indexed apart — must never make it different: after
 * clauses are edited, the incremental build's site is byte for byte the site a build from nothing makes (the search
 * index aside, whose files differ by construction; tests/search covers searching it). On a copy of the real corpus.
 */
const root = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'xiangce-incremental-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(): string {
	const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['--heap-growing-percent=20', join(root, 'scripts/build.ts')], {
		encoding: 'utf8',
		env: { ...process.env, XIANGCE_CONTENT_ROOT: dir, XIANGCE_DIST: join(dir, 'dist'), XIANGCE_CACHE_DIR: join(dir, 'cache') },
	});
	expect(r.status, r.stderr).toBe(0);
	return r.stdout;
}

function filesUnder(dir: string, rel = ''): string[] {
	return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(dir, rel ? `${rel}/${e.name}` : e.name) : [rel ? `${rel}/${e.name}` : e.name]));
}

/** Every file of a built site but the search index's, with its bytes. */
function site(path: string): Map<string, string> {
	const skip = /^(pagefind\/|search\/pagefind\.json$|search\/shards\/|search\/postings\/)/;
	return new Map(filesUnder(path).filter((f) => !skip.test(f)).map((f) => [f, readFileSync(join(path, f), 'latin1')]));
}

describe('an incremental build', () => {
	it('makes the same site as a build from nothing after clauses were edited and one removed', () => {
		makeSyntheticContent(root, dir, 1);
		build();
		// One clause gets a sentence at its end; one whose link shows its first words (no title) gets some in front.
		const clauses = join(dir, 'content/clauses');
		const [a, b] = readdirSync(clauses).sort().slice(1, 3);
		const appended = join(clauses, a!, readdirSync(join(clauses, a!)).sort()[1]!);
		writeFileSync(appended, `${readFileSync(appended, 'utf8').trimEnd()}（增量构建测试）\n`);
		const untitled = readdirSync(join(clauses, b!)).map((f) => join(clauses, b!, f)).find((f) => /\nobligations:\n {2}- /.test(readFileSync(f, 'utf8')) && !/\ntitle:/.test(readFileSync(f, 'utf8')))!;
		const [front, body] = readFileSync(untitled, 'utf8').split(/\n---\n/) as [string, string];
		writeFileSync(untitled, `${front}\n---\n增量构建测试：${body.trimStart()}`);
		// And a clause is removed (one nothing else names: no child, no reference, no change entry): its page must not
		// be published from the cache.
		const everything = [join(dir, 'content/external.yaml'), ...readdirSync(join(dir, 'content/documents')).map((f) => join(dir, 'content/documents', f)), ...readdirSync(clauses).flatMap((d) => readdirSync(join(clauses, d)).map((f) => join(clauses, d, f)))].map((f) => readFileSync(f, 'utf8'));
		const named = (id: string) => everything.some((t) => new RegExp(`(parent|clause|clauses|namedIn): .*\\b${id}\\b|^\\s*- "?${id}"?$`, 'm').test(t));
		const removed = readdirSync(clauses).sort().flatMap((d) => readdirSync(join(clauses, d)).filter((f) => /^\d[\d-]*\.mdx$/.test(f) && !named(f.replace(/\.mdx$/, ''))).map((f) => join(clauses, d, f)))[0]!;
		rmSync(removed);
		// Its URLs (page, citation files, /id/ path) move to its document, as publishing requires.
		const [doc, id] = [removed.split('/').at(-2)!, removed.split('/').at(-1)!.replace(/\.mdx$/, '')];
		const url = `/policies/${doc}/${id}/`;
		const manifest = JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8')) as { pages: string[]; moved: Record<string, string> };
		const redirectsTo = (p: string) => p.startsWith('/id/') && p.endsWith('/') && p !== '/id/' && readFileSync(join(dir, 'dist', p, 'index.html'), 'utf8').includes(`${url}"`);
		for (const p of manifest.pages.filter((p) => p.startsWith(url) || redirectsTo(p))) manifest.moved[p] = `/policies/${doc}/`;
		writeFileSync(join(dir, 'permalinks.json'), JSON.stringify(manifest));

		const rebuilt = build();
		expect(rebuilt).toMatch(/pages of the last build linked from Astro's cache/);
		expect(rebuilt).toMatch(/with the pages changed since indexed apart \([1-9]\d* pages\)/);
		const incremental = join(dir, 'incremental');
		cpSync(join(dir, 'dist'), incremental, { recursive: true });

		// The same content again, every page rendered and the whole index made (the pipeline's digest gone).
		rmSync(join(dir, 'cache/xiangce-pipeline.txt'));
		rmSync(join(dir, 'cache/xiangce-pagefind'), { recursive: true });
		build();
		const full = site(join(dir, 'dist'));
		const inc = site(incremental);
		expect([...inc.keys()].sort()).toEqual([...full.keys()].sort());
		expect([...full].filter(([f, bytes]) => inc.get(f) !== bytes).map(([f]) => f)).toEqual([]);
		expect(readFileSync(join(incremental, 'api/clauses.json'), 'utf8')).toContain('增量构建测试');
		expect(rebuilt).toMatch(/[1-9]\d* linked page\(s\) no longer built removed/);
	}, 600_000);
});
