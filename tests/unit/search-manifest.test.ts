import { describe, expect, it } from 'vitest';
import { buildManifest, PREFETCH_BUDGET, primaryLanguage } from '../../src/lib/build/search-manifest';

const entry = { languages: { 'zh-cn': { hash: 'zh-cn_9965ead75ed91', wasm: null, page_count: 210 } } };
const files = [
	{ path: 'pagefind.js', bytes: 47_000 },
	{ path: 'index/zh-cn_114855a.pf_index', bytes: 30_000 },
	{ path: 'filter/zh-cn_46ce817.pf_filter', bytes: 400 },
	{ path: 'fragment/zh-cn_group_183f3e9.pf_fragment', bytes: 3_500 },
];

describe('buildManifest', () => {
	it('names the metadata, WASM and every index, filter and fragment file, in the order needed, with the index hash as tag', () => {
		const m = buildManifest([{ base: '/pagefind/', entry, files, pages: { 'zh-cn_1': ['/policies/a/1/', 'fragment/zh-cn_group_183f3e9.pf_fragment'] } }]);
		expect(m.tag).toBe('zh-cn_9965ead75ed91');
		expect(m.prefetch).toEqual([
			'/pagefind/pagefind.zh-cn_9965ead75ed91.pf_meta',
			'/pagefind/wasm.unknown.pagefind',
			'/pagefind/index/zh-cn_114855a.pf_index',
			'/pagefind/filter/zh-cn_46ce817.pf_filter',
			'/pagefind/fragment/zh-cn_group_183f3e9.pf_fragment',
		]);
		expect(m.pages).toEqual({ 'zh-cn_1': ['/policies/a/1/', '/pagefind/fragment/zh-cn_group_183f3e9.pf_fragment'] });
	});
	it('leaves a large index to be fetched chunk by chunk', () => {
		const m = buildManifest([{ base: '/pagefind/', entry, files: [...files, { path: 'index/zh-cn_big.pf_index', bytes: PREFETCH_BUDGET }], pages: {} }]);
		expect(m.prefetch).toEqual(['/pagefind/pagefind.zh-cn_9965ead75ed91.pf_meta', '/pagefind/wasm.unknown.pagefind']);
	});
	it("names every part of an index in parts: their metadata (one WASM, the first one's), their chunks, their pages under their folder", () => {
		const part = { languages: { 'zh-cn': { hash: 'zh-cn_aaaa', wasm: null, page_count: 5 } } };
		const m = buildManifest([
			{ base: '/pagefind/', entry, files, pages: { 'zh-cn_1': ['/policies/a/1/', 'fragment/zh-cn_group_183f3e9.pf_fragment'] } },
			{ base: '/pagefind/parts/1/', entry: part, files: [{ path: 'index/zh-cn_77.pf_index', bytes: 10 }], pages: { 'zh-cn_2': ['/policies/b/1/', 'fragment/zh-cn_group_9.pf_fragment'] } },
		]);
		expect(m.tag).toBe('zh-cn_9965ead75ed91');
		expect(m.parts).toEqual([{ base: '/pagefind/parts/1/', tag: 'zh-cn_aaaa' }]);
		expect(m.prefetch.slice(0, 3)).toEqual(['/pagefind/pagefind.zh-cn_9965ead75ed91.pf_meta', '/pagefind/wasm.unknown.pagefind', '/pagefind/parts/1/pagefind.zh-cn_aaaa.pf_meta']);
		expect(m.prefetch).toContain('/pagefind/parts/1/index/zh-cn_77.pf_index');
		expect(m.pages['zh-cn_2']).toEqual(['/policies/b/1/', '/pagefind/parts/1/fragment/zh-cn_group_9.pf_fragment']);
	});
	it('drops the pages a delta bundle replaced or the build removed from their part, keeping a page whose id is unchanged', () => {
		const delta = { languages: { 'zh-cn': { hash: 'zh-cn_dddd', wasm: null, page_count: 2 } } };
		const m = buildManifest(
			[
				{ base: '/pagefind/', entry, files, pages: { old1: ['/policies/a/1/', 'fragment/f.pf_fragment'], same: ['/policies/a/2/', 'fragment/f.pf_fragment'], gone: ['/policies/a/3/', 'fragment/f.pf_fragment'], kept: ['/policies/a/4/', 'fragment/f.pf_fragment'] } },
				{ base: '/pagefind/parts/1/', entry: delta, files: [], pages: { new1: ['/policies/a/1/', 'fragment/g.pf_fragment'], same: ['/policies/a/2/', 'fragment/g.pf_fragment'] } },
			],
			new Map([['/pagefind/', new Set(['/policies/a/1/', '/policies/a/2/', '/policies/a/3/'])]]),
		);
		expect(m.superseded?.sort()).toEqual(['gone', 'old1']);
		expect(Object.keys(m.pages).sort()).toEqual(['kept', 'new1', 'same']);
		expect(m.pages.same).toEqual(['/policies/a/2/', '/pagefind/parts/1/fragment/g.pf_fragment']);
		expect(m.parts).toEqual([{ base: '/pagefind/parts/1/', tag: 'zh-cn_dddd' }]);
	});
	it('takes the language with the most pages', () => {
		expect(primaryLanguage({ languages: { en: { hash: 'en_1', wasm: 'en', page_count: 2 }, 'zh-cn': { hash: 'zh-cn_2', wasm: null, page_count: 9 } } }).hash).toBe('zh-cn_2');
	});
});
