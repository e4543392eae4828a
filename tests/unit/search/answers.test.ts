import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../../src/lib/corpus/from-disk';
import { buildAnswerIndex, CONTACT_LINE, COPIES_LINE } from '../../../src/lib/search/answer-index';
import { answerText, namesUnit, pickFact, viaUnit, type AnswerClause, type FactTerm } from '../../../src/lib/search/answers';
import { clauseFilters } from '../../../src/lib/search/facets';
import { matchKey } from '../../../src/lib/search/normalize';
import { corpusOf } from '../fixtures';

const term = (...words: string[]): FactTerm => ({ alternatives: words.map((w, i) => ({ key: matchKey(w), weight: i === 0 ? 1 : 0.95 })), weight: 1 });

describe('buildAnswerIndex', () => {
	const index = buildAnswerIndex(corpusOf());
	const clause = index.clauses.find((c) => c.u === '/policies/xiang-test-2024-1/1-1/')!;
	it('keeps per clause its heading, place, and facts with their exact words', () => {
		expect(clause.h).toBe('1. 建设基地');
		expect(clause.f).toEqual(
			expect.arrayContaining([
				{ k: 'target', t: '20 个楚怡文化传承基地', x: '楚怡文化传承基地', m: '个' },
				{ k: 'deadline', t: '2024年2月28日前', x: '报送材料', a: [1] },
				{ k: 'should', t: '建设 20 个楚怡文化传承基地', a: [2] },
			]),
		);
		expect(index.docs[clause.d]?.n).toBe('湘测〔2024〕1号');
	});
	it('sorts a deadline’s how lines into contacts and copies', () => {
		expect(CONTACT_LINE.test('电子版发送至 hnzcc908@163.com')).toBe(true);
		expect(CONTACT_LINE.test('联系人：何俊艺、彭文科；联系电话：0731—84723764')).toBe(true);
		expect(CONTACT_LINE.test('邮寄地址：长沙市东二环二段 238 号')).toBe(true);
		expect(COPIES_LINE.test('《市域产教联合体推荐书》（一式5份，加盖公章）')).toBe(true);
		expect(CONTACT_LINE.test('《市域产教联合体推荐书》（一式5份，加盖公章）')).toBe(false);
	});
	it('knows, on the real corpus, the 23号 contact lines and copies and the 40号 document contact', () => {
		const real = buildAnswerIndex(corpusFromDisk(join(import.meta.dirname, '../../..')));
		const p1 = real.clauses.find((c) => c.u === '/policies/xiang-jiao-tong-2024-23/3-p1/')!;
		expect(p1.f.filter((f) => f.k === 'contact').map((f) => f.t)).toEqual(['邮寄至我厅职成处', '电子版发送至 hnzcc908@163.com', '联系人：何俊艺、彭文科；联系电话：0731—84723764', '邮寄地址：长沙市东二环二段 238 号']);
		expect(p1.f.filter((f) => f.k === 'copies').length).toBe(2);
		expect(real.docs.find((d) => d.n === '湘人社发〔2024〕40号')?.c).toEqual(['(联系单位：职业能力建设处 0731-84900461)']);
	});
});

describe('viaUnit', () => {
	it('says through which broader unit a clause has a hierarchy filter value, as the filters declare it', () => {
		const real = corpusFromDisk(join(import.meta.dirname, '../../..'));
		const index = buildAnswerIndex(real);
		let via = 0;
		real.clauses.forEach((c, i) => {
			for (const value of clauseFilters(real, c).role) {
				const broader = viaUnit(index, index.clauses[i]!, 'role', value);
				if (broader) {
					via++;
					expect(real.hierarchy.broader(real.units.find((u) => u.name === value)!.id).map((id) => real.unit.get(id)!.name)).toContain(broader);
				}
			}
		});
		expect(via).toBeGreaterThan(0);
		const named = { n: { role: [0], unit: [] } };
		expect(viaUnit({ units: ['职业院校', '高职院校'], narrower: { 0: [1] } }, named, 'role', '高职院校')).toBe('职业院校');
		expect(viaUnit({ units: ['职业院校', '高职院校'], narrower: { 0: [1] } }, named, 'role', '职业院校')).toBeUndefined();
	});
});

describe('namesUnit', () => {
	const index = { units: ['省政府各厅委、各直属机构', '省住房和城乡建设厅', '省教育厅'], docs: [{ n: '', u: '', c: [], i: [2] }] };
	it('tells a clause naming a unit, or issued by it, from one that reaches it only through a broader unit', () => {
		expect(namesUnit(index, { d: 0, n: { unit: [1], role: [] } }, '省住房和城乡建设厅')).toBe(true);
		expect(namesUnit(index, { d: 0, n: { unit: [0], role: [] } }, '省住房和城乡建设厅')).toBe(false);
		expect(namesUnit(index, { d: 0, n: { unit: [0], role: [] } }, '省教育厅')).toBe(true);
	});
	it('gives every document its issuers', () => {
		const real = buildAnswerIndex(corpusFromDisk(join(import.meta.dirname, '../../..')));
		for (const d of real.docs) expect(d.i.length).toBeGreaterThan(0);
	});
});

describe('pickFact and answerText', () => {
	const units = ['市州教育（体）局', '企业', '省教育厅'];
	const p1: Pick<AnswerClause, 'f'> = {
		f: [
			{ k: 'deadline', t: '2024年2月28日前', x: '报送《市域产教联合体推荐书》', a: [0] },
			{ k: 'copies', t: '《市域产教联合体推荐书》（一式5份，加盖公章）', m: '份' },
			{ k: 'copies', t: '《市域产教联合体推荐名单汇总表》（一式1份，加盖公章）', m: '份' },
			{ k: 'contact', t: '邮寄至我厅职成处' },
			{ k: 'contact', t: '电子版发送至 hnzcc908@163.com' },
			{ k: 'contact', t: '联系人：何俊艺、彭文科；联系电话：0731—84723764' },
			{ k: 'should', t: '请各市州教育（体）局将《市域产教联合体推荐书》', a: [0] },
			{ k: 'responsible', t: '各市州教育（体）局', x: '市州教育（体）局（牵头）', a: [0] },
		],
	};
	it('answers 几份 with the copies line of the thing asked about', () => {
		const pick = pickFact(p1, units, ['quantity'], [term('推荐书')], '推荐书几份')!;
		expect(pick.fact.t).toBe('《市域产教联合体推荐书》（一式5份，加盖公章）');
		expect(pick.level).toBe(3);
		expect(pickFact(p1, units, ['quantity'], [term('汇总表')], '汇总表几份')!.fact.t).toContain('一式1份');
	});
	it('answers 什么时候 with the deadline and what is due', () => {
		const pick = pickFact(p1, units, ['deadline'], [term('推荐书')], '推荐书什么时候报送')!;
		expect(answerText(p1, pick, units)).toBe('2024年2月28日前：报送《市域产教联合体推荐书》');
	});
	it('answers a contact question on the channel asked: 邮箱, 电话', () => {
		expect(pickFact(p1, units, ['contact'], [term('材料')], '材料发到哪个邮箱')!.fact.t).toContain('@');
		expect(pickFact(p1, units, ['contact'], [], '联系电话')!.fact.t).toContain('0731');
	});
	it('answers 谁负责 with the 责任单位 before any duty, and a duty with its actors when there is none', () => {
		const pick = pickFact(p1, units, ['responsible'], [term('推荐书')], '推荐书谁负责')!;
		expect(pick.fact.k).toBe('responsible');
		expect(answerText(p1, pick, units)).toBe('市州教育（体）局（牵头）');
		const noUnit = { f: p1.f.filter((f) => f.k !== 'responsible') };
		expect(answerText(noUnit, pickFact(noUnit, units, ['responsible'], [term('推荐书')], '')!, units)).toBe('市州教育（体）局：请各市州教育（体）局将《市域产教联合体推荐书》');
	});
	it('answers 能不能 from what the text allows or encourages, 必须 from what it requires', () => {
		const c = { f: [{ k: 'encouraged' as const, t: '鼓励符合条件的技师学院在其他职业院校或企业设立分院' }, { k: 'should' as const, t: '由技师学院牵头' }] };
		expect(pickFact(c, units, ['permission'], [term('分院')], '')!.fact.k).toBe('encouraged');
		expect(pickFact(c, units, ['requirement'], [term('技师学院')], '')!.fact.k).toBe('should');
	});
	it('prefers a number in the measure asked (几所), a share fitting any', () => {
		const c = { f: [{ k: 'target' as const, t: '建设 14 个市级职业教育培训中心', m: '个' }, { k: 'target' as const, t: '遴选 15 所左右试办综合高中', m: '所' }] };
		expect(pickFact(c, units, ['quantity'], [], '几所')!.fact.m).toBe('所');
		const share = { f: [{ k: 'target' as const, t: '年培训比例不少于企业职工总人数30%', m: '%' }] };
		expect(pickFact(share, units, ['quantity'], [term('培训')], '培训多少人')!.level).toBe(3);
	});
	it('measures how much of the question a fact holds', () => {
		const pick = pickFact(p1, units, ['quantity'], [term('推荐书'), term('公章'), term('园区')], '')!;
		expect(pick.share).toBeCloseTo(2 / 3);
		expect(pickFact(p1, units, [], [term('推荐书')], '')).toBeUndefined();
	});
});
