import { describe, expect, it } from 'vitest';
import { categories, cityGroup, cityProfile, clausesMentioning, findIndustry, industryMentions, industryProfile, stars } from '../../src/lib/views/industry';
import { testLayout, viewCorpus } from './view-corpus';

const layout = testLayout();

describe('industry views', () => {
	it('finds industries by lower-case code and groups them by category', () => {
		expect(findIndustry(layout, 'b1')?.name).toBe('工程机械');
		expect(findIndustry(layout, 'x9')).toBeUndefined();
		expect(categories(layout).map((c) => [c.code, c.industries.map((i) => i.code)])).toEqual([['B', ['B1']], ['C', ['C2']]]);
		expect(stars(3)).toBe('★★★');
	});

	it('profiles a city: its core (★★★) and key (★★) industries and totals', () => {
		const p = cityProfile(layout, '株洲');
		expect([p.group, p.core.map((i) => i.code), p.key.map((i) => i.code), p.printedTotal, p.counted]).toEqual(['一核', ['C2'], ['B1'], 2, 2]);
		expect(cityGroup(layout, '岳阳')).toBeUndefined();
	});

	it('profiles an industry: which cities rate it core or key', () => {
		const p = industryProfile(layout, findIndustry(layout, 'B1')!);
		expect([p.core, p.key, p.counted]).toEqual([['长沙'], ['株洲'], 2]);
	});

	it('finds industries and the 4×4 system named in clause text', () => {
		const m = industryMentions('对接“4×4”现代化产业体系，发展新能源和现代农业', layout);
		expect([m.system, m.industries.map((i) => i.code)]).toEqual([true, ['C2']]);
		expect(industryMentions('办好职业教育', layout)).toEqual({ industries: [], system: false });
		const corpus = viewCorpus();
		expect(clausesMentioning(corpus, layout, (x) => x.industries.length > 0).map((c) => c.key)).toEqual(['xiang-test-2023-2/2', 'xiang-test-2024-1/2-1']);
	});
});
