import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftDocument } from '../../src/lib/ingest/draft';
import { corpus } from './ingest-helpers';

/**
 * Drafts follow the data rules (src/lib/content/rules/) by the rules' own logic, not by a copy of them: the
 * modality of the governing word, the body at the tier the sentence states, actors the text does not name marked
 * `implied`, form instructions as `formLimits`, duplicates `of` their original; and the document's lifecycle as
 * its text states it, with the `added` change entry.
 */
const text = readFileSync(join(import.meta.dirname, '../fixtures/ingest/rules-notice.txt'), 'utf8');
const draft = draftDocument(text, corpus, { sourceFile: 'rules-notice.txt', today: '2026-12-01' });
const clause = (id: string) => draft.clauses.find((c) => c.id === id)!;
const roles = (id: string) => clause(id).facts.responsible.map((r) => `${r.unit}:${r.role}`);

describe('a draft conforms to the data rules', () => {
	it('places a generic 发展改革、财政…等部门 at the tier its sentence states', () => {
		expect(roles('2-1')).toEqual(['city-edu-bureau:lead', 'city-drc:co', 'city-finance:co', 'city-sasac:co']);
		expect(roles('2-2')).toEqual(['edu-dept:lead', 'drc:co', 'finance-dept:co']);
	});
	it('takes modality from the rules\' table: 推进 is `should`, 须 `must`, no directive word `should`', () => {
		expect(clause('2-3').facts.obligations[0]).toMatchObject({ quote: '加快推进实训教学评价改革', modality: 'should' });
		expect(clause('2-4').facts.obligations[0]).toMatchObject({ quote: '建立基地年度报告制度', modality: 'should' });
	});
	it('marks actors the clause does not name as the addressees by implication, and leaves named ones alone', () => {
		expect(clause('2-3').facts.obligations[0]).toMatchObject({ actors: ['city-edu-bureau'], implied: 'addressees' });
		expect(clause('2-1').facts.obligations[0]!.implied).toBeUndefined();
	});
	it('sends a form\'s length, layout and cut-off instructions to formLimits, not targets', () => {
		const form = clause('att1').facts;
		expect(form.targets).toEqual([]);
		expect(form.formLimits.map((f) => [f.field, f.kind, f.value ?? null, f.unit ?? null])).toEqual([
			['年度数据', 'cutoff', null, null],
			['文字内容', 'layout', null, null],
			['文字内容', 'layout', null, null],
			['文字内容', 'layout', 16, '磅'],
			['基地建设情况', 'length', 500, '字'],
			['基地建设规划', 'length', 1000, '字'],
		]);
		expect(form.formLimits.find((f) => f.value === 500)).toMatchObject({ comparator: 'at-most', quote: '1.基地建设情况（不超过500字）' });
	});
	it('flags a repeated clause as a `duplicate` of the first, which keeps the count', () => {
		expect(clause('2-4').facts.quality.map((q) => q.kind)).toEqual(['other']);
		expect(clause('2-5').facts.quality).toEqual([expect.objectContaining({ kind: 'duplicate', of: '2-4' })]);
	});
	it('had to leave nothing out', () => expect(draft.summary.unplaced.filter((u) => /left out/.test(u.reason))).toEqual([]));
});

describe('a draft states the lifecycle its text states, and logs itself as added', () => {
	it('文种 from the title line, planning period from the goal, implements from the preamble (with its ref)', () => {
		expect(draft.document.lifecycle).toEqual({
			status: '未知',
			evidence: '原文未载',
			type: { name: '通知', quote: '湖南省教育厅关于开展实训基地遴选工作的通知' },
			planningPeriod: { kind: 'by', year: 2026, words: '到2026年', clause: '1' },
			relations: [{ relation: 'implements', doc: 'xiang-jiao-tong-2024-23', quote: '为贯彻落实《关于开展市域产教联合体建设的通知》（湘教通〔2024〕23号）', clause: 'preamble' }],
		});
		expect(clause('preamble').facts.refs).toEqual([expect.objectContaining({ doc: 'xiang-jiao-tong-2024-23', relation: 'implements' })]);
	});
	it('an enclosed text\'s 文种, and when it takes effect', () => {
		const d = draftDocument(readFileSync(join(import.meta.dirname, '../fixtures/ingest/roundtrip.txt'), 'utf8'), corpus, { sourceFile: 'roundtrip.txt' });
		expect(d.document.lifecycle).toMatchObject({
			type: { name: '通知' },
			enclosedType: { name: '办法', quote: '职业院校实习实训基地建设管理办法' },
			effective: { kind: 'from-issue', quote: '自印发之日起施行', clause: '3-8' },
			relations: [
				{ relation: 'implements', external: 'vocational-education-law', quote: '为贯彻落实《中华人民共和国职业教育法》', clause: '1-1' },
				{ relation: 'implements', doc: 'xiang-jiao-tong-2024-23', quote: '和《关于开展市域产教联合体建设的通知》（湘教通[2024]23号）', clause: '1-1' },
			],
		});
	});
	it('a text without a title line names its 文种 in the preamble; no goal clause, no planning period', () => {
		const d = draftDocument('湘政办发〔2018〕99号\n\n各市州人民政府：\n\n为推进测试工作，现就有关事项提出如下实施意见。\n\n一、加强领导\n\n各地要加强领导。\n', corpus, { sourceFile: 'x.txt', issuers: ['hunan-gov-office'] });
		expect(d.document.lifecycle).toEqual({ status: '未知', evidence: '原文未载', relations: [], type: { name: '实施意见', quote: '现就有关事项提出如下实施意见', clause: 'preamble' } });
	});
	it('adds an `added` change entry so the change-log gate accepts the new document', () => {
		expect(draft.document.changes).toEqual([{ date: '2026-12-01', kind: 'added', what: expect.stringContaining('收录全文'), reason: expect.any(String) }]);
	});
});
