import { isGovernmentLevel, type UnitLevel } from '../../schema/unit';
import type { Mention } from '../../corpus/units';
import { locate, sentenceOf, type Span } from './text';
import { finding, type DataRule, type RuleClause, type RuleContext, type RuleFinding } from './types';

/** Words right before a generic phrase that give its tier (省级财政, 各市州教育局) or say it is every tier (各级). */
const TIER_PREFIX: [RegExp, UnitLevel][] = [
	[/各级$/u, 'any'],
	[/(?:省级|全省|省)$/u, 'province'],
	[/(?:市级|各?市州)$/u, 'city'],
	[/(?:县级|各?县市区)$/u, 'county'],
];

/**
 * The tier of government a generic phrase at `at` in `sentence` means (undefined: every tier, the generic body
 * itself). In order: a tier word right before it (省级财政 → province, 各级 → every tier); the tier of the body
 * the sentence names (各市州教育（体）局要会同发展改革…等部门 → city); the one tier of the document's 主送
 * (湘教通〔2024〕23号, sent to 市州教育（体）局 → city); else every tier.
 */
export function statedLevel(ctx: RuleContext, c: RuleClause, sentence: string, sentenceMentions: Mention[], at: number): UnitLevel | undefined {
	// 各地, 地方政府, 市县, 园区所在地政府: every local tier (whichever it is) by their own words.
	if (/^(?:各地|地方政府|地方人民政府|市县|园区所在地政府)/u.test(sentence.slice(at))) return undefined;
	const before = sentence.slice(Math.max(0, at - 3), at);
	for (const [re, level] of TIER_PREFIX) if (re.test(before)) return level === 'any' ? undefined : level;
	const lead = sentenceMentions.find((m) => isGovernmentLevel(ctx.units.get(m.id)?.level ?? 'any'));
	if (lead) return ctx.units.get(lead.id)!.level;
	const tiers = new Set((ctx.input.documents.get(c.doc)?.addresseeRoles ?? []).map((id) => ctx.units.get(id)?.level ?? 'any').filter(isGovernmentLevel));
	return tiers.size === 1 ? [...tiers][0] : undefined;
}

/** The unit a generic mention means in its sentence: its body at the stated tier, or itself. */
function meant(ctx: RuleContext, c: RuleClause, text: string, sentence: Span, mention: Mention): { id: string; level?: UnitLevel } {
	const s = text.slice(sentence.start, sentence.end);
	const local = ctx.resolver.mentions(s, ctx.input.documents.get(c.doc)?.issuers ?? []);
	const level = statedLevel(ctx, c, s, local, mention.start - sentence.start);
	const at = level ? ctx.hierarchy.atLevel(mention.id, level) : [];
	return { id: at.length === 1 ? at[0]! : mention.id, level };
}

const LEVEL_WORDS: Record<string, string> = { national: '国家', province: '省级', city: '市州级', county: '县市区级' };
const tierName = (level?: UnitLevel) => (level ? LEVEL_WORDS[level] ?? level : '各级（句中未说层级）');

/**
 * A body named only by a generic phrase must be the one of the tier the sentence states: in 各市州教育（体）局要会同
 * 发展改革、财政…等部门 the co-units are the 市州 departments, not 省发展改革委, 省财政厅. Checked for 责任单位
 * (their quote is the phrase) and for obligation actors the clause does not name by their own name.
 */
export const unitLevelRule: DataRule = {
	id: 'unit-level',
	title: 'a body named by a generic phrase is at the tier the sentence states',
	scope: (input) => input.clauses.reduce((n, c) => n + c.data.responsible.length + c.data.obligations.reduce((m, o) => m + o.actors.length, 0), 0),
	check: (ctx) =>
		ctx.input.clauses.flatMap((c) => {
			const out: RuleFinding[] = [];
			const issuers = ctx.input.documents.get(c.doc)?.issuers ?? [];
			const isGeneric = (id: string) => ctx.units.get(id)?.level === 'any' && ctx.hierarchy.narrower(id).length > 0;
			c.data.responsible.forEach((r, i) => {
				const text = r.via ? ctx.texts.get(`${c.doc}/${r.via}`) ?? '' : c.text;
				const span = locate(r.quote, text);
				if (!span) return;
				const inQuote = ctx.resolver.mentions(text, issuers).filter((m) => m.start >= span.start && m.end <= span.end);
				const generic = inQuote.length === 1 && isGeneric(inQuote[0]!.id) ? inQuote[0]! : undefined;
				if (!generic) return;
				const want = meant(ctx, c, text, sentenceOf(text, span), generic);
				if (r.unit !== want.id) out.push(finding(ctx, 'unit-level', c, ['responsible', i, 'unit'], `\`${r.unit}\` but “${r.quote}” in this sentence means the ${tierName(want.level)} body: use \`${want.id}\` (${ctx.units.get(want.id)?.name})`, r.quote, want.id));
			});
			const all = ctx.resolver.mentions(c.text, issuers);
			const direct = new Set(all.map((m) => m.id));
			c.data.obligations.forEach((o, i) => {
				const span = locate(o.quote, c.text);
				if (!span) return;
				const sentence = sentenceOf(c.text, span);
				const generics = all.filter((m) => m.start >= sentence.start && m.end <= sentence.end && isGeneric(m.id));
				o.actors.forEach((a, j) => {
					if (direct.has(a) && !isGeneric(a)) return;
					const level = ctx.units.get(a)?.level ?? 'any';
					if (!isGovernmentLevel(level) && level !== 'any') return;
					const by = generics.filter((g) => g.id === a || ctx.hierarchy.narrower(g.id).includes(a));
					if (!by.length) return;
					const wants = by.map((g) => ({ g, ...meant(ctx, c, c.text, sentence, g) }));
					if (wants.some((w) => w.id === a)) return;
					const w = wants[0]!;
					out.push(finding(ctx, 'unit-level', c, ['obligations', i, 'actors', j], `\`${a}\` but the sentence names it as “${w.g.name}”, which here means the ${tierName(w.level)} body: use \`${w.id}\` (${ctx.units.get(w.id)?.name})`, o.quote, w.id));
				});
			});
			return out;
		}),
};
