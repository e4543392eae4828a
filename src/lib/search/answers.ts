/**
 * The answer index: per clause, the structured facts a question can be answered from — targets, deadlines and
 * their `how` lines (copies, e-mail, address, contacts), horizons, 责任单位 and obligations with their modality —
 * each with the exact words it came from. Built at build time (./answer-index) and served as
 * `/search/answers.json`, fetched when search opens (it also carries each clause's heading, so results can be
 * listed before Pagefind's fragments arrive). In the browser, `pickFact` finds the fact of a clause that answers
 * a question (./intents) and `answerText` words it.
 */
import type { HierarchyKey } from './facets';
import { INTENT_FACTS, type FactKind, type Intent } from './intents';
import { matchKey } from './normalize';

export interface Fact {
	k: FactKind;
	/** The exact words of the clause (or, for 责任单位 from an annex row, of that row). */
	t: string;
	/** What the words are about: a target's subject, a deadline's what, a 责任单位's name and role, a horizon's words. */
	x?: string;
	/** Measure word of a target (所, 个, 名) or of copies (份). */
	m?: string;
	/** Indices into `units` of the actors of an obligation or the unit of a 责任单位. */
	a?: number[];
}

export interface AnswerClause {
	/** Permalink. */
	u: string;
	/** Index into `docs`. */
	d: number;
	/** Heading: label and title, as the clause page's h1. */
	h: string;
	/** The headings of the clauses it sits under (市域产教联合体推荐书 › 说明): what it is part of. */
	c?: string;
	/** Where it is in the printed document (二（一）3, 第15条), for the answer line's citation. */
	l: string;
	f: Fact[];
	/** The units the clause names under each hierarchy filter (indices into `units`): see `viaUnit`. */
	n: Record<HierarchyKey, number[]>;
}

export interface AnswerDoc {
	/** 发文字号. */
	n: string;
	u: string;
	/** The document's printed contact lines (联系单位、联系人、电话). */
	c: string[];
	/** Its issuers (indices into `units`). */
	i: number[];
}

export interface AnswerIndex {
	/** Unit names; facts refer to units by index. */
	units: string[];
	/** Unit index → the indices of every narrower unit (content/units.yaml `parents`). */
	narrower: Record<number, number[]>;
	docs: AnswerDoc[];
	/** Every clause; empty in a sharded library, whose shards hold them (./shards). */
	clauses: AnswerClause[];
	/** How many clauses the library has, when `clauses` is left empty for the shards. */
	count?: number;
}

/**
 * Through which broader unit a clause has a hierarchy filter's value: 职业院校 when the 高职院校 filter found a
 * clause addressed to 职业院校. Undefined when the clause names the unit itself (or does not have the value).
 */
export function viaUnit(index: Pick<AnswerIndex, 'units' | 'narrower'>, clause: Pick<AnswerClause, 'n'>, key: HierarchyKey, value: string): string | undefined {
	const named = clause.n[key] ?? [];
	const target = index.units.indexOf(value);
	if (target < 0 || named.includes(target)) return undefined;
	const broader = named.find((i) => index.narrower[i]?.includes(target));
	return broader === undefined ? undefined : index.units[broader];
}

/**
 * Whether a clause is attached to a unit by name — as 发文机关 of its document, as a 责任单位 or 适用对象 it names —
 * rather than only through a broader unit (省住房和城乡建设厅 under a clause of 省政府各厅委、各直属机构).
 */
export function namesUnit(index: Pick<AnswerIndex, 'units' | 'docs'>, clause: Pick<AnswerClause, 'n' | 'd'>, name: string): boolean {
	const target = index.units.indexOf(name);
	if (target < 0) return true;
	return (index.docs[clause.d]?.i ?? []).includes(target) || Object.values(clause.n).some((named) => named.includes(target));
}

/** A query term as `pickFact` needs it: the keys a clause may contain, with weights, and how much the term counts. */
export interface FactTerm {
	alternatives: { key: string; weight: number }[];
	/** Rarity (idf) of the term in the corpus. */
	weight: number;
	/** An optional word (a soft word): it adds a little to a fact's cover and nothing to the share to reach. */
	optional?: boolean;
}

/** What an optional word found in a fact's words adds, relative to a required one. */
const OPTIONAL_COVER = 0.3;
/** What a word found only among a duty's actors adds, unless the question asks who. */
const ACTOR_COVER = 0.5;

export interface PickedFact {
	fact: Fact;
	/** How much of the question the fact's words cover (rarity-weighted), plus preferences for channel and measure. */
	score: number;
	/**
	 * 3: a direct fact containing one of the query's terms; 2: a direct fact; 1.5: a fallback containing a term;
	 * 1: a fallback fact; one less off the channel or measure asked. Ranking puts clauses with the best first.
	 */
	level: number;
	/** Share of the query's term weight the fact's words contain, 0…1. */
	share: number;
	/** The intent it answers. */
	intent: Intent;
}

/**
 * Channels of a contact question: 邮箱 asks for the e-mail line, 电话 for the phone, 地址 for the address,
 * 联系人 for the person. A cue not listed here takes any contact line.
 */
const CONTACT_CHANNELS: { cues: RegExp; line: RegExp }[] = [
	{ cues: /邮箱|邮件|email|e-mail/i, line: /@/ },
	{ cues: /电话|手机|传真/, line: /电话|\d{3,4}\s*[-—–]\s*\d{7,8}/ },
	{ cues: /地址|寄到|寄往|寄给|寄到哪/, line: /地址|邮寄/ },
	{ cues: /联系人|找谁|问谁/, line: /联系人/ },
];

/** The measure word a quantity cue asks for: 几所 → 所, 多少名 → 名. */
function askedMeasure(query: string): string | undefined {
	return query.match(/(?:几|多少)([个份所名家门本项次人批条种])/)?.[1];
}

/**
 * The fact of a clause that best answers the question: a direct fact of a kind the intents ask for before a
 * fallback; then the one containing most of the query (by rarity), on the channel or measure the question names
 * (a share, %, fits any measure: 多少人 may be answered by 30%).
 */
export function pickFact(clause: Pick<AnswerClause, 'f'>, units: string[], intents: Intent[], terms: FactTerm[], query = ''): PickedFact | undefined {
	if (!intents.length) return undefined;
	const measure = askedMeasure(query);
	const channels = CONTACT_CHANNELS.filter((c) => c.cues.test(query));
	let best: PickedFact | undefined;
	for (const fact of clause.f) {
		const intent = intents.find((i) => INTENT_FACTS[i].direct.includes(fact.k)) ?? intents.find((i) => INTENT_FACTS[i].fallback.includes(fact.k));
		if (!intent) continue;
		const direct = INTENT_FACTS[intent].direct.includes(fact.k);
		const words = matchKey(`${fact.t} ${fact.x ?? ''}`);
		// Who a duty names counts fully for 谁/哪个部门, half otherwise (the words of the fact say more).
		const actors = matchKey((fact.a ?? []).map((i) => units[i] ?? '').join(' '));
		const actorWeight = intent === 'responsible' ? 1 : ACTOR_COVER;
		let cover = 0;
		for (const t of terms) {
			const inWords = Math.max(0, ...t.alternatives.filter((a) => a.key && words.includes(a.key)).map((a) => a.weight));
			const inActors = actorWeight * Math.max(0, ...t.alternatives.filter((a) => a.key && actors.includes(a.key)).map((a) => a.weight));
			cover += Math.max(inWords, inActors) * t.weight * (t.optional ? OPTIONAL_COVER : 1);
		}
		const onChannel = channels.length === 0 || fact.k !== 'contact' || channels.some((c) => c.line.test(fact.t));
		const onMeasure = !measure || !fact.m || fact.m === measure || fact.m === '%';
		// A number in 年 for 多少人, a phone line for 邮箱: of the kind asked, not what was asked.
		const level = (direct ? (cover > 0 ? 3 : 2) : cover > 0 ? 1.5 : 1) - (onChannel && onMeasure ? 0 : 1);
		const score = cover + (onChannel ? 0.5 : 0) + (onMeasure ? 0.5 : 0);
		const total = terms.reduce((s, t) => s + (t.optional ? 0 : t.weight), 0);
		const share = total ? Math.min(1, cover / total) : 0;
		if (!best || level > best.level || (level === best.level && score > best.score)) best = { fact, score, level, share, intent };
	}
	return best;
}

/**
 * The one-line answer: the fact's words (a deadline with what is due; 责任单位 all of the clause's, lead first; a
 * duty named for 由谁 with its actors).
 */
export function answerText(clause: Pick<AnswerClause, 'f'>, picked: Pick<PickedFact, 'fact' | 'intent'>, units: string[] = []): string {
	const { fact } = picked;
	if (picked.intent === 'responsible' && fact.k !== 'responsible' && fact.a?.length) return `${fact.a.map((i) => units[i]).join('、')}：${fact.t}`;
	if (fact.k === 'deadline') return fact.x ? `${fact.t}：${fact.x}` : fact.t;
	if (fact.k === 'responsible') {
		const all = clause.f.filter((f) => f.k === 'responsible' && f.x);
		const lead = all.filter((f) => f.x!.endsWith('（牵头）'));
		return [...lead, ...all.filter((f) => !lead.includes(f))].map((f) => f.x).join('、');
	}
	return fact.t;
}
