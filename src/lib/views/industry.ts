import type { Corpus, CorpusClause } from '../corpus';
import { cityIndustryCount, ratedCityCount, type IndustryLayout, type LayoutIndustry, type Rating } from '../schema/industry-layout';

/** The clause the dataset transcribes (湘教通〔2024〕23号 附件1); tests/content checks the two agree. */
export const LAYOUT_SOURCE = { doc: 'xiang-jiao-tong-2024-23', clause: 'att1' } as const;

/** URL id of an industry: its printed code in lower case (`A1` → `a1`). */
export const industryId = (code: string): string => code.toLowerCase();

export const stars = (r: Rating): string => '★'.repeat(r);

export function findIndustry(layout: IndustryLayout, id: string): LayoutIndustry | undefined {
	return layout.industries.find((i) => industryId(i.code) === id.toLowerCase());
}

/** The column group of a city (一核, 两翼, 多点). */
export function cityGroup(layout: IndustryLayout, city: string): string | undefined {
	return Object.entries(layout.groups).find(([, cities]) => cities.includes(city))?.[0];
}

export interface CityProfile {
	city: string;
	group?: string;
	/** ★★★ 核心产业. */
	core: LayoutIndustry[];
	/** ★★ 重点产业. */
	key: LayoutIndustry[];
	printedTotal?: number;
	counted: number;
}

export function cityProfile(layout: IndustryLayout, city: string): CityProfile {
	const rated = (r: Rating) => layout.industries.filter((i) => i.ratings[city] === r);
	return { city, group: cityGroup(layout, city), core: rated(3), key: rated(2), printedTotal: layout.cityTotals[city], counted: cityIndustryCount(layout, city) };
}

export interface IndustryProfile {
	industry: LayoutIndustry;
	/** Cities rating it ★★★, in the table's column order. */
	core: string[];
	/** Cities rating it ★★. */
	key: string[];
	counted: number;
}

export function industryProfile(layout: IndustryLayout, industry: LayoutIndustry): IndustryProfile {
	const rated = (r: Rating) => layout.cities.filter((c) => industry.ratings[c] === r);
	return { industry, core: rated(3), key: rated(2), counted: ratedCityCount(industry) };
}

/** 一级产业 with their 二级产业, in table order. */
export function categories(layout: IndustryLayout): { code: string; name: string; industries: LayoutIndustry[] }[] {
	const out: { code: string; name: string; industries: LayoutIndustry[] }[] = [];
	for (const i of layout.industries) {
		const cat = out.find((c) => c.code === i.category.code);
		if (cat) cat.industries.push(i);
		else out.push({ code: i.category.code, name: i.category.name, industries: [i] });
	}
	return out;
}

/** Words that refer to the 4×4 system as a whole rather than to one industry. */
const SYSTEM_WORDS = ['4×4', '现代化产业体系', '产业体系布局', '核心产业'];

export interface IndustryMentions {
	/** Industries named in the text (by their printed name). */
	industries: LayoutIndustry[];
	/** The text refers to the 4×4 system or its layout. */
	system: boolean;
}

export function industryMentions(text: string, layout: IndustryLayout): IndustryMentions {
	return { industries: layout.industries.filter((i) => text.includes(i.name)), system: SYSTEM_WORDS.some((w) => text.includes(w)) };
}

/** Clauses that name an industry of the layout, or the system (the source table itself excluded). */
export function clausesMentioning(corpus: Corpus, layout: IndustryLayout, test: (m: IndustryMentions) => boolean): CorpusClause[] {
	return corpus.clauses.filter((c) => !(c.doc === LAYOUT_SOURCE.doc && c.id === LAYOUT_SOURCE.clause) && test(industryMentions(c.text, layout)));
}

/**
 * The clauses every city and industry page shows beside the layout (components/LayoutSource.astro and
 * LayoutBasis.astro): the layout's source table, and the clauses that mention the industry system.
 */
export function layoutClauses(corpus: Corpus, layout: IndustryLayout): { source: CorpusClause | undefined; basis: CorpusClause[] } {
	return { source: layoutSource(corpus), basis: clausesMentioning(corpus, layout, (m) => m.system) };
}

/** The clause holding the layout's source table (附件1 of 湘教通〔2024〕23号), when it is in the corpus. */
export function layoutSource(corpus: Corpus): CorpusClause | undefined {
	return corpus.clause.get(`${LAYOUT_SOURCE.doc}/${LAYOUT_SOURCE.clause}`);
}
