/**
 * Query understanding: what a person typed, as the terms a clause must contain, the words set aside, and what
 * kind of answer the question asks for.
 *
 *   推荐书要交几份      → terms 推荐书, 交 (= 报送/邮寄/发送/推荐); set aside 要; intent quantity (几份)
 *   技师学院能不能在企业设立分院 → terms 技师学院 (a unit), 企业 (a unit), 设立, 分院; set aside 在; intent permission
 *
 * Steps: document numbers out (./doc-number); then, longest first, the words of the tables and the vocabulary —
 * unit and topic names and aliases (./vocabulary), set-aside words (./set-aside), intent cues (./intents),
 * everyday synonyms (./synonyms); what is left is cut into words by the word segmenter (Intl.Segmenter, the one
 * Pagefind uses for queries), where a single character is a table word only when it is a word of its own.
 * Content words are kept in order; a lone character joins its neighbour (推荐|书 → 推荐书), since the segmenter
 * leaves single characters mostly where it does not know the word.
 */
import { extractDocRefs, type DocRef } from './doc-number';
import type { Intent } from './intents';
import { hasHan, matchKey, normalizeQuery, type Convert } from './normalize';
import { findTerms, type TermEntry } from './vocabulary';

/** Word segmentation: the words of a text, in order, punctuation and spaces included or not. */
export type Segment = (text: string) => string[];

/** Intl.Segmenter for Chinese words (browsers and Node have it). */
export function intlSegmenter(): Segment {
	const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return (text) => [...seg.segment(text)].map((s) => s.segment);
}

/** The tables as the browser receives them (in the lexicon, without their reasons). */
export interface QueryWords {
	setAside: { words: string[]; kind: 'drop' | 'soft' }[];
	cues: { intents: Intent[]; words: string[]; soft?: boolean }[];
	synonyms: { typed: string[]; text: string[] }[];
}

export interface Alternative {
	/** As searched and shown. */
	text: string;
	/** Match key (./normalize). */
	key: string;
	/** How good a match it is: the words typed 1; a unit's name or alias, a synonym 0.95 (`EQUIVALENT`); the word a
	 * character was joined to 0.8; a topic's name 0.7, its aliases 0.6 (a topic groups related words); a broader
	 * unit 0.5. */
	weight: number;
}

export type TermSource = 'word' | 'unit' | 'topic' | 'synonym' | 'soft';

export interface QueryTerm {
	/** As typed (normalised). */
	text: string;
	key: string;
	source: TermSource;
	/** What a clause may contain to match it, best first. */
	alternatives: Alternative[];
	/** Not required: counts when present (soft set-aside words and cues). */
	optional: boolean;
	/** The unit or topic it names. */
	entry?: TermEntry;
	/** Index of the run (consecutive required words of the query) it belongs to. */
	run: number;
}

export interface QueryAnalysis {
	/** The query as searched: compatibility forms folded, Simplified. */
	query: string;
	/** Whether Traditional or variant forms were converted. */
	converted: boolean;
	docs: DocRef[];
	/** The query without document numbers. */
	rest: string;
	terms: QueryTerm[];
	/** Match keys of the runs of required words, as typed (推荐书, 企业设立分院): adjacency counts. */
	runs: string[];
	/** Words set aside for good (question words, particles, cue words), as typed, in order; soft words are terms. */
	setAside: string[];
	intents: Intent[];
}

interface WordRole {
	/** A word the texts write (a synonym's text word): kept whole as a content word, so 培训费 does not cut 培训费用. */
	plain?: boolean;
	drop?: boolean;
	soft?: boolean;
	intents?: Intent[];
	synonym?: { typed: string[]; text: string[] };
}

function compile(words: QueryWords): Map<string, WordRole> {
	const roles = new Map<string, WordRole>();
	const role = (w: string) => roles.get(w) ?? roles.set(w, {}).get(w)!;
	for (const g of words.setAside) for (const w of g.words) Object.assign(role(w), g.kind === 'drop' ? { drop: true } : { soft: true });
	for (const g of words.cues) {
		for (const w of g.words) {
			const r = role(w);
			r.intents = [...new Set([...(r.intents ?? []), ...g.intents])];
			if (g.soft) r.soft = true;
			else r.drop = true;
		}
	}
	for (const g of words.synonyms) for (const w of g.text) if (!roles.has(w)) roles.set(w, { plain: true });
	// A word in several groups (报送 is typed for 交 and written for 发到) matches the words of all of them.
	for (const g of words.synonyms) {
		for (const w of g.typed) {
			const r = role(w);
			r.synonym = { typed: [...new Set([...(r.synonym?.typed ?? []), ...g.typed])], text: [...new Set([...(r.synonym?.text ?? []), ...g.text])] };
		}
	}
	return roles;
}

const compiled = new WeakMap<QueryWords, { roles: Map<string, WordRole>; multi: string[] }>();
function tables(words: QueryWords) {
	let t = compiled.get(words);
	if (!t) {
		const roles = compile(words);
		// Longest first, so 什么时候 wins over 什么 and 多少钱 over 多少.
		const multi = [...roles.keys()].filter((w) => [...w].length >= 2).sort((a, b) => [...b].length - [...a].length);
		t = { roles, multi };
		compiled.set(words, t);
	}
	return t;
}

/** A piece of the query: a vocabulary term, a table word, a content word, or a break (punctuation, space). */
type Piece =
	| { kind: 'vocab'; text: string; entries: TermEntry[] }
	| { kind: 'table'; text: string; role: WordRole }
	| { kind: 'word'; text: string }
	| { kind: 'break' };

const PUNCTUATION = /^[\s\p{P}\p{S}]+$/u;

/** The role of a word of the tables, unless it is only a word the texts write (then it is content). */
function tableRole(roles: Map<string, WordRole>, w: string): WordRole | undefined {
	const role = roles.get(w);
	return role && !(role.plain && !role.synonym && !role.drop && !role.soft && !role.intents) ? role : undefined;
}

/** Cut a span of the query that holds no vocabulary term into table words, content words and breaks. */
function cutSpan(span: string, roles: Map<string, WordRole>, multi: string[], segment: Segment): Piece[] {
	const out: Piece[] = [];
	let i = 0;
	let plain = '';
	const flush = () => {
		if (plain) out.push(...segmentPlain(plain, roles, segment));
		plain = '';
	};
	const lower = span.toLowerCase();
	while (i < span.length) {
		const word = multi.find((w) => lower.startsWith(w.toLowerCase(), i));
		const role = word ? roles.get(word)! : undefined;
		if (word && role?.plain && !role.synonym) {
			plain += span.slice(i, i + word.length);
			i += word.length;
		} else if (word) {
			flush();
			out.push({ kind: 'table', text: span.slice(i, i + word.length), role: role! });
			i += word.length;
		} else {
			plain += span[i];
			i += 1;
		}
	}
	flush();
	return out;
}

/** Han text through the segmenter; Latin letters, digits and symbols kept whole (hnzcc908@163.com, 1+X, 4×4). */
function segmentPlain(text: string, roles: Map<string, WordRole>, segment: Segment): Piece[] {
	const out: Piece[] = [];
	for (const chunk of text.match(/\p{Script=Han}+|[^\p{Script=Han}\s，。、；：？！“”‘’《》（）【】〔〕,;:?!()]+|[\s\S]/gu) ?? []) {
		if (PUNCTUATION.test(chunk)) {
			out.push({ kind: 'break' });
		} else if (!hasHan(chunk)) {
			const role = tableRole(roles, chunk.toLowerCase());
			out.push(role ? { kind: 'table', text: chunk, role } : { kind: 'word', text: chunk });
		} else {
			for (const w of segment(chunk)) {
				if (!w.trim() || PUNCTUATION.test(w)) out.push({ kind: 'break' });
				else {
					const role = tableRole(roles, w);
					out.push(role ? { kind: 'table', text: w, role } : { kind: 'word', text: w });
				}
			}
		}
	}
	return out;
}

const isSingle = (p: Piece | undefined) => p !== undefined && p.kind !== 'break' && p.kind !== 'vocab' && [...p.text].length === 1 && hasHan(p.text);

/**
 * A one-character synonym or particle next to a one-character content word is taken as part of a word the
 * segmenter cut up (公|办|中|职, 办|好, 在|岗), not as 办 = 开办 or 在 = at: it becomes content again — unless that
 * character joins the word before it (推荐|书|交: 交 stays). Cues (能, 谁) stay: they ask something.
 */
function keepWordsWhole(pieces: Piece[]): void {
	pieces.forEach((p, i) => {
		if (p.kind !== 'table' || !isSingle(p) || (p.role.intents && !p.role.synonym)) return;
		// A lone character that follows a longer word joins that word (推荐|书), so it does not claim this one.
		const joinsLeft = (j: number) => pieces[j - 1]?.kind === 'word' && !isSingle(pieces[j - 1]);
		const near = [i - 1, i + 1].some((j) => pieces[j]?.kind === 'word' && isSingle(pieces[j]) && !(j === i - 1 && joinsLeft(j)));
		if (near) pieces[i] = { kind: 'word', text: p.text };
	});
}

/** A content word of the query; `parts` are the segmenter's words it was joined from, when it was. */
interface Joined {
	text: string;
	parts: string[];
}

/**
 * Content words joined where the segmenter left single characters, which it does where it does not know the word:
 * the first character after a word joins it (推荐|书 → 推荐书), the others pair up (报|送 → 报送, 公|办|中|职 →
 * 公办, 中职); one left over before a word joins that word. A join is a guess, so the word joined to is kept as a
 * way of matching it too; a character left alone is not required (./analyze `optional`).
 */
function joinSingles(words: string[]): Joined[] {
	const out: Joined[] = [];
	const single = (w: string) => [...w].length === 1 && hasHan(w);
	let carry = '';
	for (let i = 0; i < words.length; ) {
		if (!single(words[i]!)) {
			out.push(carry ? { text: carry + words[i]!, parts: [words[i]!] } : { text: words[i]!, parts: [] });
			carry = '';
			i++;
			continue;
		}
		let j = i;
		while (j < words.length && single(words[j]!)) j++;
		let singles = words.slice(i, j);
		const last = out.at(-1);
		if (last && i > 0 && !single(words[i - 1]!)) {
			out[out.length - 1] = { text: last.text + singles[0]!, parts: last.parts.length ? last.parts : [last.text] };
			singles = singles.slice(1);
		}
		while (singles.length >= 2) {
			out.push({ text: singles[0]! + singles[1]!, parts: [] });
			singles = singles.slice(2);
		}
		if (singles.length) {
			if (j < words.length) carry = singles[0]!;
			else out.push({ text: singles[0]!, parts: [] });
		}
		i = j;
	}
	return out;
}

const alt = (text: string, weight: number): Alternative => ({ text, key: matchKey(text), weight });

/**
 * Weight of a word that means the same as the one typed: a unit's other names (人社厅 = 省人力资源社会保障厅), a
 * synonym of the reviewed table. A clause containing it counts as containing the word typed (./rank tier 3).
 */
export const EQUIVALENT = 0.95;

/** Weight of the word a single character was joined to, as a way of matching the join (免试 for 免试上). */
const JOINED_PART = 0.8;

/** A unit's other names count almost as much as the words typed; a topic's aliases are related words; a broader
 * unit (职业院校 for 技师学院) binds it too, so its names count, less. */
function vocabAlternatives(typed: string, entries: TermEntry[]): Alternative[] {
	const alts = [alt(typed, 1)];
	for (const e of entries) {
		alts.push(alt(e.name, e.kind === 'unit' ? EQUIVALENT : 0.7));
		for (const a of e.terms) alts.push(alt(a, e.kind === 'unit' ? EQUIVALENT : 0.6));
	}
	for (const e of entries) for (const b of e.broader ?? []) alts.push(alt(b, 0.5));
	return dedupe(alts);
}

function synonymAlternatives(typed: string, group: { typed: string[]; text: string[] }): Alternative[] {
	// A single character typed (交, 钱) is too common in longer words to search on its own.
	const own = [...typed].length > 1 || group.text.includes(typed) ? [alt(typed, 1)] : [];
	return dedupe([...own, ...group.text.map((t) => alt(t, EQUIVALENT))]);
}

function dedupe(alts: Alternative[]): Alternative[] {
	const seen = new Map<string, Alternative>();
	for (const a of alts) if (a.key && !seen.has(a.key)) seen.set(a.key, a);
	return [...seen.values()];
}

export interface AnalyzeOptions {
	toSimplified?: Convert;
	segment?: Segment;
}

export function analyzeQuery(raw: string, lexicon: { docs: DocRef[]; terms: TermEntry[]; words: QueryWords }, opts: AnalyzeOptions = {}): QueryAnalysis {
	const folded = normalizeQuery(raw);
	const query = normalizeQuery(raw, opts.toSimplified);
	const { docs, rest } = extractDocRefs(query, lexicon.docs);
	const analysis: QueryAnalysis = { query, converted: folded !== query, docs, rest, terms: [], runs: [], setAside: [], intents: [] };
	if (!rest) return analysis;

	const { roles, multi } = tables(lexicon.words);
	const segment = opts.segment ?? intlSegmenter();
	// Vocabulary terms first (a unit or topic may be named by the same words: keep every entry).
	const hits = findTerms(rest, lexicon.terms);
	const pieces: Piece[] = [];
	let at = 0;
	const spans = new Map<number, { end: number; entries: TermEntry[]; text: string }>();
	for (const h of hits) {
		const s = spans.get(h.start);
		if (s) s.entries.push(h.entry);
		else spans.set(h.start, { end: h.end, entries: [h.entry], text: rest.slice(h.start, h.end) });
	}
	for (const [start, s] of [...spans].sort((a, b) => a[0] - b[0])) {
		pieces.push(...cutSpan(rest.slice(at, start), roles, multi, segment));
		pieces.push({ kind: 'vocab', text: s.text, entries: s.entries });
		at = s.end;
	}
	pieces.push(...cutSpan(rest.slice(at), roles, multi, segment));
	keepWordsWhole(pieces);

	const intents = new Set<Intent>();
	const terms: QueryTerm[] = [];
	const runs: string[][] = [[]];
	let words: string[] = [];
	const breakRun = () => {
		if (runs.at(-1)!.length) runs.push([]);
	};
	const flushWords = () => {
		for (const w of joinSingles(words)) {
			// A lone character (出 in 由谁出) says little on its own: it counts when present, it is not required.
			const lone = [...w.text].length === 1 && hasHan(w.text);
			const alternatives = dedupe([alt(w.text, 1), ...w.parts.filter((p) => [...p].length >= 2).map((p) => alt(p, JOINED_PART))]);
			terms.push({ text: w.text, key: matchKey(w.text), source: 'word', alternatives, optional: lone, run: runs.length - 1 });
			runs.at(-1)!.push(w.text);
		}
		words = [];
	};
	for (const p of pieces) {
		if (p.kind === 'word') {
			words.push(p.text);
			continue;
		}
		flushWords();
		if (p.kind === 'break') breakRun();
		else if (p.kind === 'vocab') {
			const source = p.entries.some((e) => e.kind === 'unit') ? 'unit' : 'topic';
			terms.push({ text: p.text, key: matchKey(p.text), source, alternatives: vocabAlternatives(p.text, p.entries), optional: false, entry: p.entries[0], run: runs.length - 1 });
			runs.at(-1)!.push(p.text);
		} else {
			const { role } = p;
			for (const i of role.intents ?? []) intents.add(i);
			// A soft word stays in the run of typed words (联合体牵头学校: adjacency counts); others end it.
			const alternatives = role.synonym ? synonymAlternatives(p.text, role.synonym) : [];
			// A soft word, or a synonym whose typed form may be in the texts too (学校), stays in the run of typed
			// words (联合体牵头学校: adjacency counts); others end it.
			const inRun = (role.soft && !role.drop && !role.synonym) || (role.synonym && !role.drop && alternatives[0]?.weight === 1);
			if (inRun) runs.at(-1)!.push(p.text);
			else breakRun();
			// 多少钱 asks for a number (a cue) and names money (a synonym): both.
			if (role.synonym) {
				terms.push({ text: p.text, key: matchKey(p.text), source: 'synonym', alternatives, optional: false, run: inRun ? runs.length - 1 : -1 });
				if (role.drop) analysis.setAside.push(p.text);
			} else if (role.soft && !role.drop) {
				terms.push({ text: p.text, key: matchKey(p.text), source: 'soft', alternatives: [alt(p.text, 1)], optional: true, run: -1 });
			} else {
				analysis.setAside.push(p.text);
			}
		}
	}
	flushWords();

	// A query of nothing but soft words (政策, 时间) still has to find something: they are required then.
	if (terms.length && terms.every((t) => t.optional)) for (const t of terms) t.optional = false;
	analysis.terms = mergeDuplicates(terms);
	analysis.runs = runs.filter((r) => r.length).map((r) => matchKey(r.join('')));
	analysis.intents = [...intents];
	return analysis;
}

/** The same word typed twice counts once. */
function mergeDuplicates(terms: QueryTerm[]): QueryTerm[] {
	const seen = new Map<string, QueryTerm>();
	for (const t of terms) {
		const same = seen.get(t.key);
		if (!same) seen.set(t.key, t);
		else if (same.optional && !t.optional) seen.set(t.key, t);
	}
	return [...seen.values()];
}

/** The required terms. */
export function required(a: QueryAnalysis): QueryTerm[] {
	return a.terms.filter((t) => !t.optional);
}
