import { describe, expect, it } from 'vitest';
import { clauseName, formatDate, snippet } from '../../src/lib/views/format';

describe('format', () => {
	it('writes dates the Chinese way and says 原文未载 when there is none', () => {
		expect(formatDate('2023-12-29')).toBe('2023年12月29日');
		expect(formatDate(null)).toBe('原文未载');
	});
	it('names a clause by label and title', () => {
		expect(clauseName({ id: '2-1-3', text: '', data: { label: '二、（一）3．', title: '探索“湖湘工匠”工程技术人才培养模式' } })).toBe('二、（一）3． 探索“湖湘工匠”工程技术人才培养模式');
	});
	it('names an untitled table row by its longest cell, not by the header', () => {
		expect(snippet('序号\t工作任务\t主要内容\t责任单位\n3\t\t健全需求导向的人才培养结构动态调整机制。完善…\t省教育厅会同有关部门。')).toBe('健全需求导向的人才培养结构动态调整机制');
	});
	it('cuts long text', () => {
		expect(snippet('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十')).toHaveLength(25);
	});
});
