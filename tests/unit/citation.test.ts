import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { chineseNumeral, cite, citedTitle, fullUnitName, locator } from '../../src/lib/citations/citation';

// The five real documents are the fixtures: each has its own numbering style.
const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const opts = { site: 'https://xiangce.example.org', accessed: '2025-03-01' };
const at = (key: string) => {
	const c = corpus.clause.get(key);
	if (!c) throw new Error(`no clause ${key}`);
	return c;
};
const official = (key: string) => cite(corpus, at(key), opts).official;

const FANG_AN = '《关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案》（湘政函〔2023〕168号）';
const YI_JIAN = '《湖南省人民政府办公厅关于深化产教融合的实施意见》（湘政办发〔2018〕82号）';
const CUO_SHI = '《深化产教融合促进技工教育高质量特色发展的若干措施》（湘人社发〔2024〕40号）';
const TONG_ZHI_23 = '《湖南省教育厅关于开展市域产教联合体建设的通知》（湘教通〔2024〕23号）';
const TONG_ZHI_1 = '《湖南省教育厅等五部门关于进一步加强产教融合、校企合作、工学交替培养职业教育精英培养模式高质量发展若干意见的通知》（湘教财〔2022〕1号）';

describe('official-writing form, in each document’s own numbering', () => {
	it('湘政函〔2023〕168号: the enclosed 实施方案, nested 一、（一）1． numbering', () => {
		expect(official('xiang-zheng-han-2023-168/2-1-3')).toBe(`${FANG_AN}二（一）3`);
		expect(official('xiang-zheng-han-2023-168/2-1')).toBe(`${FANG_AN}二（一）`);
		expect(official('xiang-zheng-han-2023-168/3-4')).toBe(`${FANG_AN}三（四）`);
		expect(official('xiang-zheng-han-2023-168/2')).toBe(`${FANG_AN}第二部分`);
		expect(official('xiang-zheng-han-2023-168/intro')).toBe(`${FANG_AN}开头部分`);
		expect(official('xiang-zheng-han-2023-168/att2')).toBe(`${FANG_AN}附件2`);
	});
	it('湘政函〔2023〕168号: the 印发 notice itself is cited by the notice title, nested 《》 become 〈〉', () => {
		const notice = '《教育部 湖南省人民政府印发〈关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案〉的通知》（湘政函〔2023〕168号）';
		expect(official('xiang-zheng-han-2023-168/preamble')).toBe(`${notice}正文`);
		expect(official('xiang-zheng-han-2023-168/sign')).toBe(`${notice}落款`);
	});
	it('湘政办发〔2018〕82号: numbers run through the text (第15条), supplied title, annex rows by 序号', () => {
		expect(official('xiang-zheng-ban-fa-2018-82/4-15')).toBe(`${YI_JIAN}第15条`);
		expect(official('xiang-zheng-ban-fa-2018-82/1-1')).toBe(`${YI_JIAN}第1条`);
		expect(official('xiang-zheng-ban-fa-2018-82/4')).toBe(`${YI_JIAN}第四部分`);
		expect(official('xiang-zheng-ban-fa-2018-82/preamble')).toBe(`${YI_JIAN}开头部分`);
		expect(official('xiang-zheng-ban-fa-2018-82/att1')).toBe(`${YI_JIAN}附件`);
		expect(official('xiang-zheng-ban-fa-2018-82/att1-3')).toBe(`${YI_JIAN}附件 序号3`);
		const c = cite(corpus, at('xiang-zheng-ban-fa-2018-82/4-15'), opts);
		expect(c.notes).toContain('本文本无标题行，标题“湖南省人民政府办公厅关于深化产教融合的实施意见”据公开发布记录补充。');
	});
	it('湘人社发〔2024〕40号: top-level measures are 条 (第六条)', () => {
		expect(official('xiang-ren-she-fa-2024-40/6')).toBe(`${CUO_SHI}第六条`);
		expect(official('xiang-ren-she-fa-2024-40/10')).toBe(`${CUO_SHI}第十条`);
		expect(official('xiang-ren-she-fa-2024-40/intro')).toBe(`${CUO_SHI}开头部分`);
		expect(official('xiang-ren-she-fa-2024-40/preamble')).toBe('《湖南省人力资源和社会保障厅关于印发〈深化产教融合促进技工教育高质量特色发展的若干措施〉的通知》（湘人社发〔2024〕40号）正文');
	});
	it('湘教通〔2024〕23号: 二、1. keeps its 、; attachments with their own numbering; unnumbered paragraphs', () => {
		expect(official('xiang-jiao-tong-2024-23/2-1')).toBe(`${TONG_ZHI_23}二、1`);
		expect(official('xiang-jiao-tong-2024-23/3')).toBe(`${TONG_ZHI_23}第三部分`);
		expect(official('xiang-jiao-tong-2024-23/3-p1')).toBe(`${TONG_ZHI_23}第三部分结尾段落`);
		expect(official('xiang-jiao-tong-2024-23/preamble')).toBe(`${TONG_ZHI_23}开头部分`);
		expect(official('xiang-jiao-tong-2024-23/sign')).toBe(`${TONG_ZHI_23}落款`);
		expect(official('xiang-jiao-tong-2024-23/att1')).toBe(`${TONG_ZHI_23}附件1`);
		expect(official('xiang-jiao-tong-2024-23/att2-1')).toBe(`${TONG_ZHI_23}附件2 1`);
		expect(official('xiang-jiao-tong-2024-23/att2-1-1')).toBe(`${TONG_ZHI_23}附件2 1.1`);
		// 附件3 lost its marker line in the source; its number comes from the attachment list.
		expect(official('xiang-jiao-tong-2024-23/att3')).toBe(`${TONG_ZHI_23}附件3`);
		expect(official('xiang-jiao-tong-2024-23/att3-notes')).toBe(`${TONG_ZHI_23}附件3 说明`);
		expect(official('xiang-jiao-tong-2024-23/att3-notes-1')).toBe(`${TONG_ZHI_23}附件3 说明一`);
		expect(official('xiang-jiao-tong-2024-23/att4')).toBe(`${TONG_ZHI_23}附件4`);
	});
	it('湘教财〔2022〕1号: ASCII brackets as printed; the damaged first part says its number is not printed', () => {
		expect(official('xiang-jiao-cai-2022-1/2-4-3')).toBe(`${TONG_ZHI_1}二（四）3`);
		expect(official('xiang-jiao-cai-2022-1/3-4-2')).toBe(`${TONG_ZHI_1}三(四)②`);
		expect(official('xiang-jiao-cai-2022-1/1')).toBe(`${TONG_ZHI_1}第一部分（原文无编号）`);
		expect(cite(corpus, at('xiang-jiao-cai-2022-1/1'), opts).notes[0]).toContain('原文此处无标题和编号');
	});
	it('gives every clause of every document a locator of its own', () => {
		for (const d of corpus.docs) {
			const locs = d.clauses.map((c) => locator(corpus, c));
			expect(locs.every(Boolean), d.slug).toBe(true);
			expect(new Set(locs).size, `${d.slug}: ${locs.filter((l, i) => locs.indexOf(l) !== i)}`).toBe(locs.length);
		}
	});
});

describe('GB/T 7714-2015 reference', () => {
	it('lists the issuers by full name, the 发文字号, [EB/OL], the date, the access date and the permalink', () => {
		expect(cite(corpus, at('xiang-zheng-han-2023-168/2-1-3'), opts).gbt).toBe(
			'教育部, 湖南省人民政府. 关于进一步深化职业教育产教融合服务国家重要先进制造业高地建设的实施方案: 湘政函〔2023〕168号[EB/OL]. (2023-12-29)[2025-03-01]. https://xiangce.example.org/policies/xiang-zheng-han-2023-168/2-1-3/.',
		);
	});
	it('lists three issuers and 等 when there are more; falls back to the year when the date is not in the text', () => {
		const c = cite(corpus, at('xiang-jiao-cai-2022-1/2-1-1'), opts);
		expect(c.gbt.startsWith('湖南省教育厅, 湖南省发展和改革委员会, 湖南省财政厅, 等. ')).toBe(true);
		expect(c.gbt).toContain('[EB/OL]. (2022)[2025-03-01]');
		expect(c.notes).toContain('成文日期原文未载，出版年取发文字号中的2022年。');
	});
	it('writes a body’s full name from its recorded aliases', () => {
		expect(fullUnitName({ name: '省人力资源社会保障厅', level: 'province', aliases: ['湖南省人力资源和社会保障厅', '人社厅'] })).toBe('湖南省人力资源和社会保障厅');
		expect(fullUnitName({ name: '省国资委', level: 'province', aliases: [] })).toBe('湖南省国资委');
		expect(fullUnitName({ name: '教育部', level: 'national', aliases: [] })).toBe('教育部');
	});
});

describe('Markdown link and permalink', () => {
	it('links the official form to the absolute permalink on the configured site', () => {
		const c = cite(corpus, at('xiang-ren-she-fa-2024-40/6'), { ...opts, site: 'https://example.gov.cn/' });
		expect(c.url).toBe('https://example.gov.cn/policies/xiang-ren-she-fa-2024-40/6/');
		expect(c.markdown).toBe(`[${CUO_SHI}第六条](https://example.gov.cn/policies/xiang-ren-she-fa-2024-40/6/)`);
	});
});

describe('helpers', () => {
	it('writes Chinese numerals', () => {
		expect([1, 6, 10, 12, 20, 29].map(chineseNumeral)).toEqual(['一', '六', '十', '十二', '二十', '二十九']);
	});
	it('cites the enclosed text by its own title and the notice by the notice title', () => {
		const d = corpus.doc.get('xiang-ren-she-fa-2024-40')!;
		expect(citedTitle(d, at('xiang-ren-she-fa-2024-40/3'))).toBe('深化产教融合促进技工教育高质量特色发展的若干措施');
		expect(citedTitle(d, at('xiang-ren-she-fa-2024-40/preamble'))).toBe(d.data.title);
	});
});
