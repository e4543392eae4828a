import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { deriveTable, dictionaryKeys, makeConverter } from '../../../src/lib/search/traditional';

describe('dictionaryKeys', () => {
	it('reads serialised and paired OpenCC dictionaries', () => {
		expect(dictionaryKeys('職 职|乾燥 干燥')).toEqual(['職', '乾燥']);
		expect(dictionaryKeys([['師', '师']])).toEqual(['師']);
	});
});

describe('deriveTable', () => {
	const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const corpus = new Set('职教高考双师型教师干燥');
	const table = deriveTable(['職', '師', '雙', '乾', '乾燥', '體', '教'], convert, corpus);

	it('keeps conversions into characters of the corpus', () => {
		expect(table['職']).toBe('职');
		expect(table['雙']).toBe('双');
	});
	it('drops what the corpus cannot match and what does not change', () => {
		expect(table['體']).toBeUndefined();
		expect(table['教']).toBeUndefined();
	});
	it('keeps a phrase only where it converts differently from its characters', () => {
		expect(convert('乾燥')).toBe('干燥');
		expect('乾燥' in table).toBe(convert('乾') !== '干');
	});
});

describe('makeConverter', () => {
	it('converts longest match first and keeps the rest', () => {
		const convert = makeConverter({ 職: '职', 乾: '乾', 乾燥: '干燥' });
		expect(convert('職教 乾燥 乾 abc')).toBe('职教 干燥 乾 abc');
	});
	it('turns the Traditional forms of the corpus Simplified', () => {
		const convert = makeConverter(deriveTable(['職', '師', '雙', '產', '實', '訓'], OpenCC.Converter({ from: 'tw', to: 'cn' }), new Set('职师双产实训')));
		expect(convert('產教融合實訓基地 雙師')).toBe('产教融合实训基地 双师');
	});
});
