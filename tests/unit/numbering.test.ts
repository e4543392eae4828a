import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseNumbering } from '../../src/lib/ingest/numbering';

describe('parseChineseNumber', () => {
	it.each([
		['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十九', 29], ['一百', 100], ['一千零五', 1005], ['两', 2], ['半', 0.5], ['1000', 1000],
	])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n));
	it('rejects non-numerals', () => expect(parseChineseNumber('楚怡')).toBeNaN());
});

describe('parseNumbering recognises every style in the sources', () => {
	it.each([
		['一、总体要求', 'cn-dun', '一、', [1]],
		['（二）主要目标', 'cn-paren', '（二）', [2]],
		['(三)完善政策环境。', 'cn-paren', '(三)', [3]],
		['3．探索“湖湘工匠”', 'num-fw-dot', '3．', [3]],
		['1.建设“楚怡”职业教育专业智库。', 'num-dot', '1.', [1]],
		['2. 夯实高职专科教育主体地位。', 'num-dot', '2.', [2]],
		['15、完善产教融合师资队伍建设机制。', 'num-dun', '15、', [15]],
		['①加强宣传', 'circled', '①', [1]],
		['1.1 联合体依托的产业园区', 'decimal', '1.1', [1, 1]],
	])('%s', (text, style, label, path) => {
		const n = parseNumbering(text)!;
		expect(n.style).toBe(style);
		expect(n.label).toBe(label);
		expect(n.path).toEqual(path);
	});
	it('does not take numbers in running text for numbering', () => {
		expect(parseNumbering('10 个左右课程思政教学研究示范中心')).toBeNull();
		expect(parseNumbering('2024年2月28日前')).toBeNull();
		expect(parseNumbering('6000 名左右')).toBeNull();
	});
});
