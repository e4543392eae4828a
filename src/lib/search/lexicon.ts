/**
 * What the browser needs to understand a query, built from content/ at build time and served as
 * `/search/lexicon.json` (a few KB, fetched when search opens): the document numbers, the unit and topic
 * vocabularies, the search synonyms and the Traditional → Simplified table.
 */
import type { Corpus } from '../corpus';
import type { DocRef } from './doc-number';
import type { ConversionTable } from './traditional';
import type { TermEntry } from './vocabulary';
import { SYNONYMS } from './synonyms';

export interface Lexicon {
	docs: DocRef[];
	terms: TermEntry[];
	/** Traditional → Simplified, for characters and phrases the corpus uses. */
	t2s: ConversionTable;
}

export const LEXICON_PATH = '/search/lexicon.json';

export function vocabulary(corpus: Corpus): TermEntry[] {
	return [
		...corpus.units.map((u) => ({ kind: 'unit' as const, id: u.id, name: u.name, terms: [u.name, ...u.aliases] })),
		...corpus.topics.map((t) => ({ kind: 'topic' as const, id: t.id, name: t.name, terms: [t.name, ...t.aliases] })),
		...SYNONYMS.map((s) => ({ kind: 'synonym' as const, id: s.name, name: s.name, terms: [s.name, ...s.terms] })),
	];
}

/** Every character the corpus writes: clause texts and titles, document titles and numbers, the vocabularies. */
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
	return chars;
}

export function buildLexicon(corpus: Corpus, t2s: ConversionTable): Lexicon {
	return {
		docs: corpus.docs.map((d) => ({ slug: d.slug, number: d.data.number })),
		terms: vocabulary(corpus),
		t2s,
	};
}
