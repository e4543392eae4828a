import { describe, expect, it } from 'vitest';
import { buildLexicon, corpusCharacters, vocabulary } from '../../../src/lib/search/lexicon';
import { SYNONYMS } from '../../../src/lib/search/synonyms';
import { corpusOf } from '../fixtures';

const corpus = corpusOf();

describe('lexicon', () => {
	it('takes units and topics with their aliases from content, plus the search synonyms', () => {
		const terms = vocabulary(corpus);
		expect(terms.find((t) => t.id === 'edu-dept')).toEqual({ kind: 'unit', id: 'edu-dept', name: '省教育厅', terms: ['省教育厅', '湖南省教育厅'] });
		expect(terms.find((t) => t.kind === 'topic')?.name).toBe('楚怡');
		expect(terms.filter((t) => t.kind === 'synonym').map((t) => t.name)).toEqual(SYNONYMS.map((s) => s.name));
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
