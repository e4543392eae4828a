import { describe, expect, it } from 'vitest';
import { attachmentMentions, canonicalDocNumber, docNumberMentions, findDocNumber, findQuote, parseDocNumber, titleMentions } from '../../src/lib/citations/ref-mentions';

describe('发文字号', () => {
	it('parses and canonicalises any bracket style', () => {
		expect(parseDocNumber('湘政办发〔2018〕82号')).toEqual({ prefix: '湘政办发', year: 2018, serial: 82 });
		expect(canonicalDocNumber('国办发[2017]95号')).toBe('国办发〔2017〕95号');
		expect(canonicalDocNumber('湘政函〔2023〕168 号')).toBe('湘政函〔2023〕168号');
		expect(canonicalDocNumber('关于深化产教融合的若干意见')).toBeNull();
	});
	it('finds one number in any bracket style and spacing, and not another issuer’s', () => {
		const text = '落实（国办发[2017]95号）与湘政办发［2018］82号，另见中发〔2017〕95号。';
		expect(findDocNumber(text, '国办发〔2017〕95号').map((s) => s.text)).toEqual(['国办发[2017]95号']);
		expect(findDocNumber(text, '湘政办发〔2018〕82号').map((s) => s.text)).toEqual(['湘政办发［2018］82号']);
		expect(findDocNumber('湘政函〔2023〕168 号', '湘政函〔2023〕168号')).toHaveLength(1);
	});
	it('lists every number-shaped mention whoever issued it', () => {
		expect(docNumberMentions('（中发〔2024〕18号）和（湘人才发〔2023〕4号）').map((s) => s.text)).toEqual(['〔2024〕18号', '〔2023〕4号']);
	});
});

describe('titles, attachments and quotes', () => {
	it('finds 《titles》 with their positions', () => {
		const t = '依据《中华人民共和国职业教育法》，落实《关于深化现代职业教育体系建设改革的意见》';
		expect(titleMentions(t)).toEqual([
			{ start: 2, end: 16, text: '《中华人民共和国职业教育法》' },
			{ start: 19, end: 40, text: '《关于深化现代职业教育体系建设改革的意见》' },
		]);
	});
	it('finds pointers to attachments', () => {
		expect(attachmentMentions('布局（见附件1），指标（附件2）').map((s) => s.text)).toEqual(['见附件1', '附件2']);
	});
	it('finds a quote across PDF line breaks', () => {
		expect(findQuote('把市场供求、人才\n培养质量', '把市场供求、人才培养质量')).toHaveLength(1);
	});
});
