/**
 * The reviewed query tables against the real texts: a synonym's text words are words the clauses write; a word
 * set aside as never counting is not a word the clauses use (only one-character particles may be, 的、在); a soft
 * word is one they use. Every group gives its reason.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { corpusFromDisk } from '../../../src/lib/corpus/from-disk';
import { INTENT_CUES } from '../../../src/lib/search/intents';
import { SET_ASIDE } from '../../../src/lib/search/set-aside';
import { SYNONYMS } from '../../../src/lib/search/synonyms';
import { intlSegmenter } from '../../../src/lib/search/analyze';

const corpus = corpusFromDisk(join(import.meta.dirname, '../../..'));
const texts = corpus.clauses.map((c) => c.text.replace(/\s+/g, ''));
const segment = intlSegmenter();
const words = new Set(texts.flatMap((t) => segment(t)));
const inText = (w: string) => texts.some((t) => t.includes(w));

describe('query tables', () => {
	it('give a reason for every group', () => {
		for (const g of [...SET_ASIDE, ...INTENT_CUES, ...SYNONYMS]) expect(g.reason.length, JSON.stringify(g)).toBeGreaterThan(4);
	});
	it('map everyday words to words the clauses write', () => {
		const missing = SYNONYMS.flatMap((g) => g.text.filter((w) => !inText(w)));
		expect(missing).toEqual([]);
	});
	it('set aside for good only words the clauses do not use (one-character particles apart)', () => {
		const drop = [...SET_ASIDE.filter((g) => g.kind === 'drop'), ...INTENT_CUES.filter((g) => !g.soft)].flatMap((g) => g.words);
		const used = drop.filter((w) => [...w].length > 1 && words.has(w));
		expect(used).toEqual([]);
	});
	it('count as a bonus only words the clauses use', () => {
		const soft = [...SET_ASIDE.filter((g) => g.kind === 'soft'), ...INTENT_CUES.filter((g) => g.soft)].flatMap((g) => g.words);
		expect(soft.filter((w) => !inText(w))).toEqual([]);
	});
});
