import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { countMismatchFlags, industryLayoutSchema } from '../../src/lib/schema/industry-layout';

type LayoutInput = z.input<typeof industryLayoutSchema>;
const fixture = (name: string): LayoutInput => parse(readFileSync(join(import.meta.dirname, '../fixtures/industry-layout', name), 'utf8'));

describe('industry layout schema', () => {
	it('accepts a consistent table without flags', () => {
		expect(industryLayoutSchema.parse(fixture('consistent.yaml')).quality).toEqual([]);
		expect(countMismatchFlags(fixture('consistent.yaml'))).toEqual([]);
	});

	it('reports printed counts that disagree with the ratings as quality flags, keeping the printed numbers', () => {
		const parsed = industryLayoutSchema.parse(fixture('mismatch.yaml'));
		expect(parsed.industries.find((i) => i.code === 'B1')!.printedCount).toBe(3);
		expect(parsed.cityTotals['株洲']).toBe(3);
		expect(parsed.quality.map((f) => f.note)).toEqual([
			'B1 工程机械：表中“布局该产业的地市数量”印为 3，按★标注计为 2，两者不一，均照录。',
			'株洲：表中“各产业市州布局数量”印为 3，按★标注计为 2，两者不一，均照录。',
		]);
		expect(countMismatchFlags(fixture('mismatch.yaml'))).toHaveLength(2);
	});

	it('rejects structural errors: unknown cities, ungrouped cities, bad ratings, duplicate codes', () => {
		const bad = (mutate: (d: LayoutInput) => void) => {
			const d = fixture('consistent.yaml');
			mutate(d);
			return industryLayoutSchema.safeParse(d).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
		};
		expect(bad((d) => (d.industries[0]!.ratings['长沙市'] = 3))).toEqual(['industries.0.ratings.长沙市: rates `长沙市`, which is not in `cities`']);
		expect(bad((d) => (d.groups = { 一核: ['长沙'] }))).toEqual(['groups: must put `株洲` in exactly one group']);
		expect(bad((d) => ((d.industries[0]!.ratings as Record<string, number>)['长沙'] = 1)).length).toBeGreaterThan(0);
		expect(bad((d) => (d.industries[1]!.code = 'B1'))).toContain('industries.1.code: duplicate code `B1`');
		expect(bad((d) => (d.industries[1]!.code = 'D9'))).toContain('industries.1.code: `D9` does not start with its category code `C`');
		expect(bad((d) => delete d.cityTotals['株洲'])).toEqual(['cityTotals: has no printed total for `株洲`']);
	});
});
