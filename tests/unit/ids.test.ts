import { describe, expect, it } from 'vitest';
import { CLAUSE_ID_RE, DOC_SLUG_RE, isoDate } from '../../src/lib/schema/ids';

describe('id rules', () => {
	it.each(['2-1-3', '4-15', '6', 'att2-1-1', 'att1', 'preamble', 'sign', '3-p1', 'att3-notes-2', 'intro'])('accepts clause id %s', (id) => expect(CLAUSE_ID_RE.test(id)).toBe(true));
	it.each(['2.1.3', '第三条', '2--1', '-1', 'Att1', '二-1', '2-1-'])('rejects clause id %s', (id) => expect(CLAUSE_ID_RE.test(id)).toBe(false));
	it.each(['xiang-zheng-han-2023-168', 'xiang-jiao-cai-2022-1', 'xiang-ren-she-fa-2024-40'])('accepts document slug %s', (s) => expect(DOC_SLUG_RE.test(s)).toBe(true));
	it.each(['xiang-zheng-han-168', 'XiangJiao-2022-1', 'xiang_jiao_2022_1'])('rejects document slug %s', (s) => expect(DOC_SLUG_RE.test(s)).toBe(false));
});

describe('isoDate', () => {
	it('accepts real dates, as strings or as the Date a YAML loader makes', () => {
		expect(isoDate.parse('2024-02-28')).toBe('2024-02-28');
		expect(isoDate.parse(new Date('2023-12-29T00:00:00Z'))).toBe('2023-12-29');
	});
	it.each(['2024-02-30', '2024-13-01', '2024/02/28', '2024-2-28', '二〇二四年'])('rejects %s', (s) => expect(isoDate.safeParse(s).success).toBe(false));
});
