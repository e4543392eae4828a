import { describe, expect, it } from 'vitest';
import { parseNumberQuery, targetValue } from '../../../src/lib/search/number-query';

describe('parseNumberQuery', () => {
	it('reads a quantity with or without a unit', () => {
		expect(parseNumberQuery('6000')).toEqual({ value: '6000' });
		expect(parseNumberQuery('12000元')).toEqual({ value: '12000', unit: '元' });
		expect(parseNumberQuery('0.5%')).toEqual({ value: '0.5', unit: '%' });
		expect(parseNumberQuery('1,000 名')).toEqual({ value: '1000', unit: '名' });
		expect(parseNumberQuery('112所')).toEqual({ value: '112', unit: '所' });
	});
	it('is not fooled by dates and words', () => {
		expect(parseNumberQuery('2024年2月28日')).toBeUndefined();
		expect(parseNumberQuery('双师')).toBeUndefined();
		expect(parseNumberQuery('6000 名左右的人')).toBeUndefined();
	});
	it('writes numbers as target values are written', () => {
		expect(targetValue(0.5)).toBe(parseNumberQuery('0.50')!.value);
		expect(targetValue(12000)).toBe('12000');
	});
});
