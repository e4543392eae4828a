import { describe, expect, it } from 'vitest';
import { toParagraphs } from '../../src/lib/ingest/paragraphs';
import { stripNoise, NOISE_RULES } from '../../src/lib/content/noise';

describe('stripNoise (the reviewed noise list)', () => {
	it('removes page markers, bold and heading markers, <p> tags and form blanks only', () => {
		expect(stripNoise('正文\n- 2 -\n继续')).toBe('正文\n\n继续');
		expect(stripNoise('**一、组建一批技工教育联盟。**由技师学院牵头')).toBe('一、组建一批技工教育联盟。由技师学院牵头');
		expect(stripNoise('## 湖南省人力资源和社会保障厅')).toBe('湖南省人力资源和社会保障厅');
		expect(stripNoise('<p>申报单位承诺</p>')).toBe('申报单位承诺');
		expect(stripNoise('联合体名称 _____')).toBe('联合体名称 ');
	});
	it('keeps text that only looks like noise', () => {
		expect(stripNoise('对接 4×4 湖南现代化产业体系')).toBe('对接 4×4 湖南现代化产业体系');
		expect(stripNoise('字体为仿宋_GB2312')).toBe('字体为仿宋_GB2312');
		expect(stripNoise('0731-84900461')).toBe('0731-84900461');
	});
	it('every rule says why it is noise', () => {
		for (const r of NOISE_RULES) expect(r.why.length).toBeGreaterThan(10);
	});
});

describe('toParagraphs', () => {
	it('joins PDF line breaks inside sentences', () => {
		expect(toParagraphs('坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总\n\n书记关于职业教育的重要指示。')).toEqual(['坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记关于职业教育的重要指示。']);
	});
	it('keeps headings, dates, numbered items and page-broken lines apart', () => {
		const text = '（一）指导思想\n\n坚持以习近平新时代中国特色社会主义思想为指导。\n\n- 2 -\n\n 1．在先进制造业产业园区全面组建产教联合体。\n\n教育部 湖南省人民政府\n\n2023 年 12 月 29 日';
		expect(toParagraphs(text)).toEqual(['（一）指导思想', '坚持以习近平新时代中国特色社会主义思想为指导。', '1．在先进制造业产业园区全面组建产教联合体。', '教育部 湖南省人民政府', '2023 年 12 月 29 日']);
	});
	it('treats Markdown headings from the conversion as lines of their own', () => {
		expect(toParagraphs('## 关于印发《若干措施》的通知\n\n各技工院校：')).toEqual(['关于印发《若干措施》的通知', '各技工院校：']);
	});
});
