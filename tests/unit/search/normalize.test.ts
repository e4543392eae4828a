import { describe, expect, it } from 'vitest';
import { hasHan, matchKey, matchKeyWithPositions, normalizeQuery } from '../../../src/lib/search/normalize';

describe('normalizeQuery', () => {
	it('folds full-width forms and collapses white space', () => {
		expect(normalizeQuery('  １２０００元　 ０．５％ ')).toBe('12000元 0.5%');
		expect(normalizeQuery('湘政办发（2018）82号')).toBe('湘政办发(2018)82号');
	});
	it('applies the Simplified conversion it is given', () => {
		expect(normalizeQuery('職教', (s) => s.replace('職', '职'))).toBe('职教');
	});
});

describe('matchKey', () => {
	it('drops quotes, pauses and white space that people do not type', () => {
		expect(matchKey('“楚怡”文化传承基地')).toBe(matchKey('楚怡文化传承基地'));
		expect(matchKey('建设 80 个集教育教学')).toBe('建设80个集教育教学');
		expect(matchKey('招工即招生、入企即入校')).toBe('招工即招生入企即入校');
	});
	it('keeps symbols that carry meaning, and a space between two numbers', () => {
		expect(matchKey('0.5%')).toBe('0.5%');
		expect(matchKey('“文化素质+职业技能”')).toBe('文化素质+职业技能');
		expect(matchKey('4×4 湖南')).toBe('4×4湖南');
		expect(matchKey('hnzcc908@163.com')).toBe('hnzcc908@163.com');
		expect(matchKey('1 2')).toBe('1 2');
		expect(matchKey('ＡＢＣ')).toBe('abc');
	});
	it('maps every key character back to the text', () => {
		const text = '“楚怡”文化';
		const { key, at } = matchKeyWithPositions(text);
		expect(key).toBe('楚怡文化');
		expect(at.map((i) => text[i])).toEqual(['楚', '怡', '文', '化']);
	});
});

describe('hasHan', () => {
	it('tells Chinese from other text', () => {
		expect(hasHan('双师')).toBe(true);
		expect(hasHan('6000')).toBe(false);
	});
});

describe('matchKey, the fast form', () => {
	it('equals the key with positions, on every clause text and on awkward strings', async () => {
		const { corpusFromDisk } = await import('../../../src/lib/corpus/from-disk');
		const { join } = await import('node:path');
		const corpus = corpusFromDisk(join(import.meta.dirname, '../../..'));
		const samples = [...corpus.clauses.map((c) => c.text), '1 ,2', 'a, b', '产 教', ' 12 000 元 ', 'ＡＢＣ１２３％', 'hnzcc908@163.com', '“楚怡”\u200B文化', '4 × 4', 'x _ y'];
		for (const s of samples) expect(matchKey(s), s).toBe(matchKeyWithPositions(s).key);
	});
});
