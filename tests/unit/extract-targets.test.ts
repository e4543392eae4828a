import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/lib/ingest/extract/targets';

const one = (text: string) => {
	const t = extractTargets(text);
	expect(t).toHaveLength(1);
	return t[0]!;
};

describe('extractTargets', () => {
	it('reads Arabic, full-width and Chinese numerals with their measure words', () => {
		expect(one('建设 20 个左右楚怡文化传承基地。')).toMatchObject({ subject: '楚怡文化传承基地', value: 20, unit: '个', approx: true, comparator: 'exact', quote: '20 个左右楚怡文化传承基地' });
		expect(one('全省建设１００所省级示范校。')).toMatchObject({ value: 100, unit: '所', quote: '１００所省级示范校' });
		expect(one('开放技工院校一年及以上非全日制学籍注册通道。')).toMatchObject({ value: 1, unit: '年', comparator: 'at-least' });
		expect(one('开办两年制技师班。')).toMatchObject({ value: 2, unit: '年', subject: '技师班学制' });
		expect(one('前3年须赴企业集中实践锻炼半年以上。')).toMatchObject({ value: 0.5, unit: '年', comparator: 'at-least', period: { kind: 'within', months: 36 } });
	});
	it('reads bounds before and after the number', () => {
		expect(one('年培训比例不少于企业职工总人数30%。')).toMatchObject({ value: 30, unit: '%', comparator: 'at-least' });
		expect(one('生均拨款标准不低于10000元。')).toMatchObject({ value: 10000, unit: '元', comparator: 'at-least' });
		expect(one('确保教育培训经费60%以上用于一线职工。')).toMatchObject({ value: 60, comparator: 'at-least' });
		expect(one('每个园区最多申报1个。')).toMatchObject({ value: 1, comparator: 'at-most' });
		expect(one('产业园区主导产业情况\t(不超过200字)')).toMatchObject({ value: 200, unit: '字', comparator: 'at-most', quote: '产业园区主导产业情况(不超过200字)' });
	});
	it('gives horizons and recurrences as periods', () => {
		expect(one('到2025年，建设10个示范专业。').period).toEqual({ kind: 'by', year: 2025, words: '到2025年' });
		expect(one('力争到“十四五”末，培训 500 名教师。').period).toEqual({ kind: 'by', year: 2025, words: '力争到“十四五”末' });
		expect(one('每年安排 20%左右的专业教师到企业实践。').period).toEqual({ kind: 'every', months: 12, words: '每年' });
		const [six] = extractTargets('顶岗实践时间原则上每5年不少于6个月。');
		expect(six).toMatchObject({ value: 6, unit: '月', period: { kind: 'every', months: 60, words: '每5年' } });
		expect(extractTargets('顶岗实践时间原则上每5年不少于6个月。')).toHaveLength(1);
	});
	it('splits a list of targets and keeps each noun', () => {
		const t = extractTargets('遴选产教融合领军人才100名、产业教授（导师）1000名、湖湘工匠和技术能手10000名。');
		expect(t.map((x) => [x.value, x.subject])).toEqual([
			[100, '产教融合领军人才'],
			[1000, '产业教授（导师）'],
			[10000, '湖湘工匠和技术能手'],
		]);
	});
	it('does not take years, dates, copies, ordinals, names or definitions for targets', () => {
		expect(extractTargets('2024年2月28日前，请将推荐书（一式5份）报送。')).toEqual([]);
		expect(extractTargets('对接“4×4”现代化产业体系，统筹推进“五位一体”总体布局和“四个全面”战略布局，落实三年行动。')).toEqual([]);
		expect(extractTargets('第3条规定近 3 年内未发生违规事件。')).toEqual([]);
		expect(extractTargets('¹ 规模以上工业：指年主营业务收入在 2000 万元及以上的工业企业。')).toEqual([]);
		expect(extractTargets('支持中职学校与高职院校联合开展五年一贯制办学。')).toEqual([]);
	});
	it('quotes words of the text that contain the value as written', () => {
		for (const t of extractTargets('建设 10 个左右专业群教学资源库、20 个左右虚拟仿真实训基地和 100 门左右精品在线开放课程。')) {
			expect('建设 10 个左右专业群教学资源库、20 个左右虚拟仿真实训基地和 100 门左右精品在线开放课程。').toContain(t.quote);
			expect(t.quote).toContain(String(t.value));
		}
	});
});
