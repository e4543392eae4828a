import { z } from 'astro/zod';
import type { QualityFlag } from './quality';

/**
 * `content/datasets/industry-layout.yaml`: 湘教通〔2024〕23号 附件1《湖南省现代化产业体系布局表》as data.
 * The printed table carries its own totals (布局该产业的地市数量, 各产业市州布局数量). They are kept as printed;
 * where they disagree with the ★ ratings the parsed data carries a quality flag instead of a silent correction.
 */

/** 3 = ★★★ 核心产业, 2 = ★★ 重点产业 (the table's 注). */
export const RATING_LABEL = { 3: '核心产业', 2: '重点产业' } as const;
export type Rating = keyof typeof RATING_LABEL;

export const layoutIndustry = z.strictObject({
	/** The printed code (`A1`): category letter and number. Used in URLs (`/industries/a1/`). */
	code: z.string().regex(/^[A-Z]\d+$/, 'must be the printed code such as `A1`'),
	/** 二级产业 as printed (`现代石化`). */
	name: z.string().min(1),
	/** 一级产业 as printed (`A: 传统产业` → code A, name 传统产业). */
	category: z.strictObject({ code: z.string().regex(/^[A-Z]$/, 'must be one capital letter'), name: z.string().min(1) }),
	/** City → rating; unrated cities are omitted. */
	ratings: z.record(z.string(), z.union([z.literal(2), z.literal(3)])),
	/** The printed 布局该产业的地市数量(个). */
	printedCount: z.number().int().nonnegative(),
});
export type LayoutIndustry = z.infer<typeof layoutIndustry>;

const layoutFields = z.strictObject({
	/** The 14 市州 in the table's column order. */
	cities: z.array(z.string().min(1)).min(1),
	/** The table's column groups (一核, 两翼, 多点) → their cities. */
	groups: z.record(z.string(), z.array(z.string().min(1))),
	/** One row per 二级产业, in table order. */
	industries: z.array(layoutIndustry).min(1),
	/** The printed 各产业市州布局数量(个) per city. */
	cityTotals: z.record(z.string(), z.number().int().nonnegative()),
});
type LayoutFields = z.infer<typeof layoutFields>;

/** How many cities an industry is rated in: what 布局该产业的地市数量 should say. */
export const ratedCityCount = (industry: Pick<LayoutIndustry, 'ratings'>): number => Object.keys(industry.ratings).length;

/** How many industries a city is rated for: what 各产业市州布局数量 should say. */
export const cityIndustryCount = (layout: Pick<LayoutFields, 'industries'>, city: string): number =>
	layout.industries.filter((i) => i.ratings[city] !== undefined).length;

/** Printed totals that disagree with the ratings, as quality flags for the pages. */
export function countMismatchFlags(layout: LayoutFields): QualityFlag[] {
	const flags: QualityFlag[] = [];
	for (const i of layout.industries) {
		const counted = ratedCityCount(i);
		if (counted !== i.printedCount) {
			flags.push({ kind: 'other', note: `${i.code} ${i.name}：表中“布局该产业的地市数量”印为 ${i.printedCount}，按★标注计为 ${counted}，两者不一，均照录。`, quote: String(i.printedCount) });
		}
	}
	for (const city of layout.cities) {
		const printed = layout.cityTotals[city];
		const counted = cityIndustryCount(layout, city);
		if (printed !== undefined && printed !== counted) {
			flags.push({ kind: 'other', note: `${city}：表中“各产业市州布局数量”印为 ${printed}，按★标注计为 ${counted}，两者不一，均照录。`, quote: String(printed) });
		}
	}
	return flags;
}

/** Structural errors fail validation; count mismatches only add flags (see `countMismatchFlags`). */
function checkStructure(d: LayoutFields, ctx: z.RefinementCtx): void {
	const cities = new Set(d.cities);
	const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
	if (cities.size !== d.cities.length) issue(['cities'], 'lists a city twice');
	const grouped = Object.values(d.groups).flat();
	for (const c of d.cities) if (grouped.filter((g) => g === c).length !== 1) issue(['groups'], `must put \`${c}\` in exactly one group`);
	for (const g of grouped) if (!cities.has(g)) issue(['groups'], `names \`${g}\`, which is not in \`cities\``);
	const codes = new Set<string>();
	d.industries.forEach((ind, i) => {
		if (codes.has(ind.code)) issue(['industries', i, 'code'], `duplicate code \`${ind.code}\``);
		codes.add(ind.code);
		if (!ind.code.startsWith(ind.category.code)) issue(['industries', i, 'code'], `\`${ind.code}\` does not start with its category code \`${ind.category.code}\``);
		for (const c of Object.keys(ind.ratings)) if (!cities.has(c)) issue(['industries', i, 'ratings', c], `rates \`${c}\`, which is not in \`cities\``);
	});
	for (const c of d.cities) if (d.cityTotals[c] === undefined) issue(['cityTotals'], `has no printed total for \`${c}\``);
	for (const c of Object.keys(d.cityTotals)) if (!cities.has(c)) issue(['cityTotals', c], `names \`${c}\`, which is not in \`cities\``);
}

/** The dataset, validated; the output adds `quality` (count mismatches) computed from the ratings. */
export const industryLayoutSchema = layoutFields.superRefine(checkStructure).transform((d) => ({ ...d, quality: countMismatchFlags(d) }));
export type IndustryLayout = z.output<typeof industryLayoutSchema>;

/** The single entry id of the dataset in the content layer. */
export const INDUSTRY_LAYOUT_ID = 'hunan-4x4';
