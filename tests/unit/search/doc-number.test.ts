import { describe, expect, it } from 'vitest';
import { extractDocRefs, splitDocNumber } from '../../../src/lib/search/doc-number';

const docs = [
	{ slug: 'xiang-zheng-ban-fa-2018-82', number: '湘政办发〔2018〕82号' },
	{ slug: 'xiang-zheng-han-2023-168', number: '湘政函〔2023〕168号' },
	{ slug: 'xiang-jiao-cai-2022-1', number: '湘教财〔2022〕1号' },
];
const slugs = (q: string) => extractDocRefs(q, docs).docs.map((d) => d.slug);

describe('splitDocNumber', () => {
	it('takes a canonical number apart', () => {
		expect(splitDocNumber('湘政办发〔2018〕82号')).toEqual({ prefix: '湘政办发', year: 2018, serial: 82 });
		expect(splitDocNumber('82号')).toBeUndefined();
	});
});

describe('extractDocRefs', () => {
	it('finds a number in any bracket style', () => {
		for (const q of ['湘政办发〔2018〕82号', '湘政办发[2018]82号', '湘政办发(2018)82号', '湘政办发【2018】82号', '湘政办发2018年82号', '湘政办发 2018 82号', '82号', '82 号']) {
			expect(slugs(q), q).toEqual(['xiang-zheng-ban-fa-2018-82']);
			expect(extractDocRefs(q, docs).rest, q).toBe('');
		}
	});
	it('finds the issuing prefix alone, and keeps the rest of the query', () => {
		expect(extractDocRefs('湘政函 双师', docs)).toEqual({ docs: [docs[1]], rest: '双师' });
		expect(extractDocRefs('82号 师资', docs)).toEqual({ docs: [docs[0]], rest: '师资' });
	});
	it('drops words that only say "the document" next to a number', () => {
		expect(extractDocRefs('82号文件', docs)).toEqual({ docs: [docs[0]], rest: '' });
		expect(extractDocRefs('湘政函通知 全文', docs).rest).toBe('');
		expect(extractDocRefs('文件管理', docs).rest).toBe('文件管理');
	});
	it('does not take a longer number, another year or another document for one in the corpus', () => {
		expect(slugs('182号')).toEqual([]);
		expect(slugs('11号')).toEqual([]);
		expect(slugs('湘政办发〔2019〕82号')).toEqual([]);
		expect(extractDocRefs('中发〔2024〕18号', docs)).toEqual({ docs: [], rest: '中发〔2024〕18号' });
		expect(slugs('168号')).toEqual(['xiang-zheng-han-2023-168']);
	});
});
