import { describe, expect, it } from 'vitest';
import { buildLexicon, corpusCharacters, knownPhrases, QUERY_WORDS, vocabulary } from '../../../src/lib/search/lexicon';
import { SYNONYMS } from '../../../src/lib/search/synonyms';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusOf, fixtureRoot } from '../fixtures';

const corpus = corpusOf();

describe('lexicon', () => {
	it('takes units and topics with their aliases from content, and the query tables without their reasons', () => {
		const terms = vocabulary(corpus);
		expect(terms.find((t) => t.id === 'edu-dept')).toEqual({ kind: 'unit', id: 'edu-dept', name: '省教育厅', terms: ['省教育厅', '湖南省教育厅'] });
		expect(terms.find((t) => t.kind === 'topic')?.name).toBe('楚怡');
		expect(QUERY_WORDS.synonyms).toEqual(SYNONYMS.map(({ typed, text }) => ({ typed, text })));
		expect(JSON.stringify(QUERY_WORDS)).not.toContain('reason');
	});
	it('gives a unit the names of the broader units it belongs to', () => {
		const root = fixtureRoot();
		const units = join(root, 'content/units.yaml');
		writeFileSync(units, readFileSync(units, 'utf8') + '- id: vocational-school\n  name: 职业院校\n  type: role\n  aliases: [职业学校]\n');
		writeFileSync(units, readFileSync(units, 'utf8').replace('- id: higher-vocational\n  name: 高职院校\n  type: role', '- id: higher-vocational\n  name: 高职院校\n  type: role\n  parents: [vocational-school]'));
		expect(vocabulary(corpusOf(root)).find((t) => t.id === 'higher-vocational')?.broader).toEqual(['职业院校', '职业学校']);
	});
	it('collects the phrases a typo is compared with: names, quoted terms, short titles', () => {
		const phrases = knownPhrases(corpus);
		expect(phrases).toContain('湖南省教育厅');
		expect(phrases.every((p) => [...p].length >= 3 && [...p].length <= 12)).toBe(true);
	});
	it('collects the characters the corpus writes', () => {
		const chars = corpusCharacters(corpus);
		for (const ch of '楚怡湘测省教育厅') expect(chars.has(ch)).toBe(true);
		expect(chars.has('龘')).toBe(false);
	});
	it('lists the documents by number', () => {
		expect(buildLexicon(corpus, {}).docs).toEqual([{ slug: 'xiang-test-2024-1', number: '湘测〔2024〕1号' }]);
	});
});
