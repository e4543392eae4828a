import { describe, expect, it } from 'vitest';
import { datesIn, numbersIn } from '../../src/lib/content/numbers';

describe('numbersIn', () => {
	it('finds Arabic and Chinese numerals', () => {
		expect(numbersIn('系统培养6000 名左右')).toContain(6000);
		expect(numbersIn('不低于在职员工数0.5%')).toContain(0.5);
		expect(numbersIn('重点办好一所')).toContain(1);
		expect(numbersIn('开办两年制技师班')).toContain(2);
		expect(numbersIn('集中实践锻炼半年以上')).toContain(0.5);
		expect(numbersIn('支持 14 个市州')).toContain(14);
	});
});

describe('datesIn', () => {
	it('reads dates written with 年月日, with or without spaces', () => {
		expect(datesIn('2024年2月28日前')).toEqual(['2024-02-28']);
		expect(datesIn('2023 年 12 月 29 日')).toEqual(['2023-12-29']);
		expect(datesIn('到2025年')).toEqual([]);
	});
});
