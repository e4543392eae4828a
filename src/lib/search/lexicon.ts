/**
 * What the browser needs to understand a query, built from content/ and the reviewed tables at build time and
 * served as `/search/lexicon.json` (fetched when search opens): the document numbers, the unit and topic
 * vocabularies, the set-aside words, intent cues and synonyms (./set-aside, ./intents, ./synonyms, without their
 * reasons), the phrases a typo is compared with (./suggest) and the Traditional → Simplified table.
 */
import type { Corpus } from '../corpus';
import type { QueryWords } from './analyze';
import type { DocRef } from './doc-number';
import { INTENT_CUES } from './intents';
import { SET_ASIDE } from './set-aside';
import { SYNONYMS } from './synonyms';
import type { ConversionTable } from './traditional';
import type { TermEntry } from './vocabulary';

export interface Lexicon {
	docs: DocRef[];
	terms: TermEntry[];
	words: QueryWords;
	/** Known phrases of three characters or more, for 您是不是要找 (./suggest). */
	phrases: string[];
	/** Traditional → Simplified, for characters and phrases the corpus uses. */
	t2s: ConversionTable;
}

export function vocabulary(corpus: Corpus): TermEntry[] {
	const names = (id: string) => {
		const u = corpus.unit.get(id);
		return u ? [u.name, ...u.aliases] : [];
	};
	return [
		...corpus.units.map((u) => {
			const broader = corpus.hierarchy.broader(u.id).flatMap(names);
			return { kind: 'unit' as const, id: u.id, name: u.name, terms: [u.name, ...u.aliases], ...(broader.length ? { broader } : {}) };
		}),
		...corpus.topics.map((t) => ({ kind: 'topic' as const, id: t.id, name: t.name, terms: [t.name, ...t.aliases] })),
	];
}

export const QUERY_WORDS: QueryWords = {
	setAside: SET_ASIDE.map(({ words, kind }) => ({ words, kind })),
	cues: INTENT_CUES.map(({ intents, words, soft }) => ({ intents, words, ...(soft ? { soft } : {}) })),
	synonyms: SYNONYMS.map(({ typed, text }) => ({ typed, text })),
};

const MIN_PHRASE = 3;
const MAX_PHRASE = 12;

/**
 * The phrases a mistyped word is compared with: unit and topic names and aliases, what the texts put in quotation
 * marks or title marks (“技能大师工作室”, “湖湘工匠燎原计划”), and short clause titles.
 */
export function knownPhrases(corpus: Corpus): string[] {
	const out = new Set<string>();
	const add = (s: string | undefined) => {
		const p = (s ?? '').replace(/[\s“”‘’"《》〈〉]/g, '');
		const n = [...p].length;
		if (n >= MIN_PHRASE && n <= MAX_PHRASE && /\p{Script=Han}/u.test(p)) out.add(p);
	};
	for (const t of vocabulary(corpus)) t.terms.forEach(add);
	for (const c of corpus.clauses) {
		for (const m of c.text.matchAll(/[“《]([^”》]{2,})[”》]/g)) add(m[1]);
		add(c.data.title);
	}
	return [...out].sort();
}

/**
 * Every character a query can usefully be converted to: what the corpus writes (clause texts and titles, document
 * titles and numbers, the vocabularies) and the words of the query tables (幾份 must become 几份).
 */
export function corpusCharacters(corpus: Corpus): Set<string> {
	const chars = new Set<string>();
	const add = (s: string | undefined) => {
		for (const ch of s ?? '') chars.add(ch);
	};
	for (const c of corpus.clauses) {
		add(c.text);
		add(c.data.title);
		add(c.data.label);
	}
	for (const d of corpus.docs) {
		add(d.data.number);
		add(d.data.title);
	}
	for (const t of vocabulary(corpus)) t.terms.forEach(add);
	for (const g of [...QUERY_WORDS.setAside, ...QUERY_WORDS.cues]) g.words.forEach(add);
	for (const g of QUERY_WORDS.synonyms) [...g.typed, ...g.text].forEach(add);
	return chars;
}

export function buildLexicon(corpus: Corpus, t2s: ConversionTable): Lexicon {
	return {
		docs: corpus.docs.map((d) => ({ slug: d.slug, number: d.data.number })),
		terms: vocabulary(corpus),
		words: QUERY_WORDS,
		phrases: knownPhrases(corpus),
		t2s,
	};
}
