import { describe, expect, it } from 'vitest';
import { addresseeUnits, cleanTitle, findBodyStart, isoDate } from '../../src/lib/ingest/extract/metadata';
import { slugFromNumber } from '../../src/lib/ingest/slug';
import { paragraphsOf } from '../../src/lib/ingest/paragraphs';
import { actorsFor } from './ingest-helpers';

const actors = actorsFor();

describe('document metadata', () => {
	it('makes the slug from the 发文字号 in any bracket form (README rule, pinyin-pro)', () => {
		expect(slugFromNumber('湘政办发〔2018〕82号')).toBe('xiang-zheng-ban-fa-2018-82');
		expect(slugFromNumber('湘人社发[2024]40号')).toBe('xiang-ren-she-fa-2024-40');
		expect(slugFromNumber('教职成厅函（2023）12号')).toBe('jiao-zhi-cheng-ting-han-2023-12');
		expect(slugFromNumber('not a number')).toBeNull();
	});
	it('reads dates in Arabic, full-width and Chinese numerals', () => {
		expect(isoDate('2024 年 1 月 25 日')).toBe('2024-01-25');
		expect(isoDate('２０２５年３月１０日')).toBe('2025-03-10');
		expect(isoDate('二〇二三年五月八日')).toBe('2023-05-08');
		expect(isoDate('二〇二三年十二月三十一日')).toBe('2023-12-31');
		expect(isoDate('原文未载')).toBeNull();
	});
	it('resolves 主送 through units.yaml, distributing a shared ending, and lists the rest', () => {
		const unknown: { name: string }[] = [];
		expect(addresseeUnits('各市州、县市区人民政府，省政府各厅委、各直属机构', actors, 1, unknown as never)).toEqual(['city-gov', 'county-gov', 'provincial-depts']);
		expect(addresseeUnits('各省、自治区教育厅', actors, 1, unknown as never)).toEqual([]);
		expect(unknown.map((u) => u.name)).toEqual(['各省', '自治区教育厅']);
	});
	it('drops print line breaks from a title but keeps the space between two issuers', () => {
		expect(cleanTitle('湖南省人力资源和社会保障厅 关于印发《深化产教融合促进技工教育 高质量特色发展的若干措施》的通知', actors)).toBe('湖南省人力资源和社会保障厅关于印发《深化产教融合促进技工教育高质量特色发展的若干措施》的通知');
		expect(cleanTitle('教育部 湖南省人民政府印发《方案》的通知', actors)).toBe('教育部 湖南省人民政府印发《方案》的通知');
	});
	it('starts the body after the addressee line, or after the title when there is none', () => {
		expect(findBodyStart(paragraphsOf('湖南省教育厅\n\n湘教通〔2024〕23号\n\n关于开展建设的通知\n\n各市州教育（体）局：\n\n正文。'))).toBe(4);
		expect(findBodyStart(paragraphsOf('某某管理办法\n\n第一条 为了规范管理，制定本办法。'))).toBe(1);
	});
});
