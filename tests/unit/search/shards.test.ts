import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeSearchManifest } from '../../../src/lib/build/search-manifest-site';
import type { AnswerClause, AnswerIndex } from '../../../src/lib/search/answers';
import { PAGES_PER_SHARD, shardCount, shardOf, shardPath, splitIntoShards, type SearchShard } from '../../../src/lib/search/shards';
import { ANSWERS_PATH, FILTER_VALUES_PATH, MANIFEST_PATH } from '../../../src/lib/search/paths';
import { postingsPath, type ClauseFilterValues, type Postings } from '../../../src/lib/search/filter-postings';

const clause = (u: string): AnswerClause => ({ u, d: 0, h: u, l: '一', f: [], n: { unit: [], role: [] } });

describe('shardOf', () => {
	it('is stable and within range', () => {
		expect(shardOf('zh-cn_24a5806', 7)).toBe(shardOf('zh-cn_24a5806', 7));
		for (let i = 0; i < 200; i++) expect(shardOf(`zh-cn_${i.toString(16)}`, 13)).toBeLessThan(13);
		expect(shardOf('anything', 1)).toBe(0);
	});
	it('spreads Pagefind-like ids evenly', () => {
		const shards = shardCount(4_000);
		const sizes = new Array<number>(shards).fill(0);
		for (let i = 0; i < 4_000; i++) sizes[shardOf(`zh-cn_${(i * 2654435761 >>> 0).toString(16).slice(0, 7)}`, shards)]!++;
		expect(Math.max(...sizes)).toBeLessThan(PAGES_PER_SHARD * 3);
		expect(sizes.filter((n) => n === 0).length).toBeLessThan(shards / 10);
	});
});

describe('splitIntoShards', () => {
	it('puts every page with its clause in the shard of its id, and leaves out pages without a clause', () => {
		const pages: Record<string, [string, string]> = { a: ['/p/1/', '/pagefind/fragment/g1.pf_fragment'], b: ['/p/2/', '/pagefind/fragment/g1.pf_fragment'], c: ['/gone/', 'x'] };
		const parts = splitIntoShards(pages, new Map([['/p/1/', clause('/p/1/')], ['/p/2/', clause('/p/2/')]]), 3);
		expect(parts).toHaveLength(3);
		expect(parts[shardOf('a', 3)]!.a).toEqual(['/p/1/', '/pagefind/fragment/g1.pf_fragment', clause('/p/1/')]);
		expect(parts[shardOf('b', 3)]!.b?.[0]).toBe('/p/2/');
		expect(parts.some((p) => 'c' in p)).toBe(false);
	});
});

/** A built site as Pagefind leaves it: entry, one bundled fragment file of `n` pages, the answer index. */
function fakeSite(n: number): string {
	const dist = mkdtempSync(join(tmpdir(), 'xiangce-shards-'));
	mkdirSync(join(dist, 'pagefind/fragment'), { recursive: true });
	mkdirSync(join(dist, 'search'), { recursive: true });
	writeFileSync(join(dist, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { 'zh-cn': { hash: 'zh-cn_1', wasm: null, page_count: n } } }));
	const fragment = Object.fromEntries(Array.from({ length: n }, (_, i) => [`zh-cn_${i}`, { url: `/p/${i}/` }]));
	writeFileSync(join(dist, 'pagefind/fragment/zh-cn_group_1.pf_fragment'), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
	const answers: AnswerIndex = { units: ['省教育厅'], narrower: {}, docs: [{ n: '湘教通〔2024〕1号', u: '/d/', c: [], i: [] }], clauses: Array.from({ length: n }, (_, i) => clause(`/p/${i}/`)) };
	writeFileSync(join(dist, ANSWERS_PATH), JSON.stringify(answers));
	const filters: ClauseFilterValues = { values: [['role', '高职院校']], clauses: Array.from({ length: n }, (_, i) => (i % 2 ? [0] : [])) };
	writeFileSync(join(dist, FILTER_VALUES_PATH), JSON.stringify(filters));
	return dist;
}

describe('writeSearchManifest', () => {
	it('keeps a small library whole: every page in the manifest, every clause in the answer index', () => {
		const dist = fakeSite(5);
		const m = writeSearchManifest(dist, 10);
		expect(m.shards).toBeUndefined();
		expect(Object.keys(m.pages)).toHaveLength(5);
		expect((JSON.parse(readFileSync(join(dist, ANSWERS_PATH), 'utf8')) as AnswerIndex).clauses).toHaveLength(5);
	});
	it('shards a large one: the shards hold every page with its URL, fragment file and clause; the answer index keeps the count', () => {
		const dist = fakeSite(50);
		const m = writeSearchManifest(dist, 10);
		expect(m.shards).toBe(shardCount(50));
		expect(m.pages).toEqual({});
		expect(JSON.parse(readFileSync(join(dist, MANIFEST_PATH), 'utf8'))).toEqual(m);
		const answers = JSON.parse(readFileSync(join(dist, ANSWERS_PATH), 'utf8')) as AnswerIndex;
		expect(answers.clauses).toEqual([]);
		expect(answers.count).toBe(50);
		expect(answers.units).toEqual(['省教育厅']);
		const held = new Map<string, SearchShard[string]>();
		for (let s = 0; s < m.shards!; s++) {
			for (const [id, entry] of Object.entries(JSON.parse(readFileSync(join(dist, shardPath(s)), 'utf8')) as SearchShard)) {
				expect(shardOf(id, m.shards!)).toBe(s);
				held.set(id, entry);
			}
		}
		expect(held.size).toBe(50);
		expect(held.get('zh-cn_7')).toEqual(['/p/7/', '/pagefind/fragment/zh-cn_group_1.pf_fragment', clause('/p/7/')]);
		// The filter postings: the odd clauses are 高职院校's, by page id, in corpus order.
		expect(m.filters).toEqual({ role: { 高职院校: [0, 25] } });
		const postings = JSON.parse(readFileSync(join(dist, postingsPath(0)), 'utf8')) as Postings;
		expect(postings.p.slice(0, 3)).toEqual(['zh-cn_1', 'zh-cn_3', 'zh-cn_5']);
		expect(postings.o.slice(0, 3)).toEqual([1, 3, 5]);
	});
});
