import { describe, expect, it } from 'vitest';
import { extractQuality, type QualityClause } from '../../src/lib/ingest/extract/quality';

const clause = (id: string, body: string[], over: Partial<QualityClause> = {}): QualityClause => ({ id, kind: 'task', label: `${id}.`, body, hasChildren: false, ...over });
const kinds = (m: Map<string, { kind: string }[]>) => Object.fromEntries([...m].map(([id, f]) => [id, f.map((x) => x.kind)]));

describe('extractQuality', () => {
	it('flags clauses repeated word for word, and a sentence repeated inside a clause', () => {
		const same = '建设一批高水平职业院校和专业。支持职业院校与企业合作。';
		const flags = extractQuality([clause('1', [same]), clause('2', [same]), clause('3', ['加强宣传推广工作。加强宣传推广工作。'])]);
		// As the duplicates rule has it: the first keeps the count (other), each later copy is a `duplicate` `of` it;
		// a sentence said twice inside one clause does not make the clause a duplicate.
		expect(kinds(flags)).toEqual({ '1': ['other'], '2': ['duplicate'], '3': ['other'] });
		expect(flags.get('2')![0]).toMatchObject({ of: '1', quote: '建设一批高水平职业院校和专业' });
		expect(flags.get('1')![0]!.of).toBeUndefined();
	});
	it('flags an item that only repeats the heading of the clause above it as its duplicate', () => {
		const flags = extractQuality([clause('3-4', ['加强宣传'], { title: '加强宣传', hasChildren: true }), clause('3-4-1', ['加强宣传'], { title: '加强宣传', parent: '3-4' })]);
		expect(flags.get('3-4-1')!.map((f) => [f.kind, f.of])).toEqual([['truncated', undefined], ['duplicate', '3-4']]);
	});
	it('flags truncated sentences, heading-only items and empty list items', () => {
		const flags = extractQuality([
			clause('a', ['支持建设 3 所“楚怡”高水平职业']),
			clause('b', ['建立健全激励机制'], { title: '建立健全激励机制' }),
			clause('c', [], { label: '②' }),
			clause('d', ['联系人：张三；联系电话：0731-1234567']),
		]);
		expect(kinds(flags)).toEqual({ a: ['truncated'], b: ['truncated'], c: ['truncated'] });
		expect('支持建设 3 所“楚怡”高水平职业'.endsWith(flags.get('a')![0]!.quote!)).toBe(true);
	});
	it('flags characters that are not text', () => {
		expect(kinds(extractQuality([clause('x', ['建设\uFFFD基地。'])]))).toEqual({ x: ['garbled'] });
	});
	it('flags a blank cell under a filled one (lost merged cell), not a blank form row', () => {
		const header = '序号\t工作任务\t主要内容';
		const row = (id: string, r: string) => clause(id, [header, r], { kind: 'table-row', header });
		const flags = extractQuality([row('att1-1', '1\t构建格局\t同步规划。'), row('att1-2', '2\t\t优化结构。'), row('att2-1', '1\t\t')]);
		expect(kinds(flags)).toEqual({ 'att1-2': ['table-structure'] });
		expect(flags.get('att1-2')![0]!.note).toContain('构建格局');
	});
	it('flags an attachment with only its title', () => {
		expect(kinds(extractQuality([clause('att1', ['教育部支持政策清单'], { kind: 'attachment', title: '教育部支持政策清单' })]))).toEqual({ att1: ['missing-attachment'] });
	});
});
