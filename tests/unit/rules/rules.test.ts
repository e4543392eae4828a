import { describe, expect, it } from 'vitest';
import { runDataRules, type RuleException } from '../../../src/lib/content/rules';
import { modalityRule } from '../../../src/lib/content/rules/modality';
import { actorsRule } from '../../../src/lib/content/rules/actors';
import { unitLevelRule } from '../../../src/lib/content/rules/unit-level';
import { verbatimRule } from '../../../src/lib/content/rules/verbatim';
import { formLimitsRule } from '../../../src/lib/content/rules/form-limits';
import { duplicatesRule } from '../../../src/lib/content/rules/duplicates';
import type { DataRule, RuleInput } from '../../../src/lib/content/rules';
import { ob, ruleInput } from './input';

const run = (rule: DataRule, input: RuleInput, exceptions: RuleException[] = []) => runDataRules(input, { rules: [rule], exceptions });
const found = (rule: DataRule, input: RuleInput) => run(rule, input).results[0]!.issues.map((i) => `${i.clause.split('/')[1]} ${i.field}`);

describe('modality rule', () => {
	it('holds each obligation to its governing word; no word is a plain directive (should)', () => {
		const input = ruleInput([
			{ id: '1', text: '鼓励企业参与办学。', obligations: [ob(['enterprise'], 'encouraged', '鼓励企业参与办学')] },
			{ id: '2', text: '推进校企合作。', obligations: [ob(['enterprise'], 'supported', '推进校企合作')] },
			{ id: '3', text: '建设20个基地。', obligations: [ob(['enterprise'], 'may', '建设20个基地')] },
			{ id: '4', text: '支持湖南工业职业技术学院建设基地。', obligations: [ob(['enterprise'], 'supported', '湖南工业职业技术学院建设基地')] },
		]);
		expect(found(modalityRule, input)).toEqual(['2 obligations[0].modality', '3 obligations[0].modality']);
		expect(run(modalityRule, input).results[0]!.issues[0]!.message).toContain('the governing word “推进” means `should`');
	});
});

describe('actors rule', () => {
	it('wants every actor named by the clause (by name, alias or generic phrase)', () => {
		const input = ruleInput([
			{ id: '1', text: '职业学校与企业合作。', obligations: [ob(['vocational-school', 'enterprise'], 'should', '职业学校与企业合作')] },
			{ id: '2', text: '建设20个基地。', obligations: [ob(['edu-dept'], 'should', '建设20个基地')] },
			{ id: '3', text: '会同发展改革等部门建立机制。', obligations: [ob(['city-drc'], 'should', '建立机制')] },
		]);
		expect(found(actorsRule, input)).toEqual(['2 obligations[0].actors[0]']);
	});
	it('takes an implied actor from the 主送, the issuer or the clause named, and nowhere else', () => {
		const input = ruleInput([
			{ id: '1', text: '建设20个基地。', obligations: [ob(['city-edu-bureau'], 'should', '建设20个基地', { implied: 'addressees' }), ob(['edu-dept'], 'should', '建设20个基地', { implied: 'issuer' })] },
			{ id: '2', text: '建设20个基地。', obligations: [ob(['enterprise'], 'should', '建设20个基地', { implied: 'addressees' })] },
			{ id: '3', text: '如实填写。', obligations: [ob(['higher-vocational'], 'should', '如实填写', { implied: 'context', namedIn: '4' })] },
			{ id: '4', text: '牵头学校以高职院校为主。' },
			{ id: '5', text: '企业参与。', obligations: [ob(['enterprise'], 'should', '企业参与', { implied: 'addressees' })] },
		]);
		expect(found(actorsRule, input)).toEqual(['2 obligations[0].actors[0]', '5 obligations[0].implied']);
	});
});

describe('unit-level rule', () => {
	const lead = { unit: 'city-edu-bureau', role: 'lead', quote: '各市州教育（体）局' } as const;
	it('puts a co-unit named by a generic phrase at the tier of the sentence’s lead', () => {
		const text = '各市州教育（体）局要会同发展改革等部门统筹研究建设规划。';
		const bad = ruleInput([{ id: '1', text, responsible: [lead, { unit: 'drc', role: 'co', quote: '发展改革' }], obligations: [ob(['city-edu-bureau', 'drc'], 'should', text.slice(0, -1))] }]);
		expect(found(unitLevelRule, bad)).toEqual(['1 responsible[1].unit', '1 obligations[0].actors[1]']);
		const good = ruleInput([{ id: '1', text, responsible: [lead, { unit: 'city-drc', role: 'co', quote: '发展改革' }] }]);
		expect(found(unitLevelRule, good)).toEqual([]);
	});
	it('reads a tier word before the phrase (省级, 各级), then the 主送, else leaves it generic', () => {
		const province = ruleInput([{ id: '1', text: '省级发展改革部门予以支持。', obligations: [ob(['city-drc'], 'should', '省级发展改革部门予以支持')] }]);
		expect(run(unitLevelRule, province).results[0]!.issues[0]!.message).toContain('use `drc`');
		const every = ruleInput([{ id: '1', text: '各级发展改革部门予以支持。', obligations: [ob(['drc'], 'should', '各级发展改革部门予以支持')] }]);
		expect(run(unitLevelRule, every).results[0]!.issues[0]!.message).toContain('use `drc-authorities`');
		// The document is sent to 市州教育（体）局: a phrase with no tier of its own is the 市州 one.
		const byAddressees = ruleInput([{ id: '1', text: '发展改革部门予以支持。', obligations: [ob(['city-drc'], 'should', '发展改革部门予以支持')] }]);
		expect(found(unitLevelRule, byAddressees)).toEqual([]);
		const mixed = ruleInput([{ id: '1', text: '发展改革部门予以支持。', obligations: [ob(['city-drc'], 'should', '发展改革部门予以支持')] }], { addresseeRoles: ['city-edu-bureau', 'edu-dept'] });
		expect(run(unitLevelRule, mixed).results[0]!.issues[0]!.message).toContain('use `drc-authorities`');
	});
	it('leaves a body named by its own name alone', () => {
		expect(found(unitLevelRule, ruleInput([{ id: '1', text: '省发展改革委会同各市州教育（体）局。', obligations: [ob(['drc', 'city-edu-bureau'], 'should', '省发展改革委会同各市州教育（体）局')] }]))).toEqual([]);
	});
});

describe('verbatim rule', () => {
	it('rejects a quote that matches only when white space is ignored, and says what the text reads', () => {
		const input = ruleInput([{ id: '1', text: '情况\t(不超过200字) 建设 20 个', obligations: [ob(['enterprise'], 'should', '建设20个'), ob(['enterprise'], 'should', '建设 20 个'), ob(['enterprise'], 'should', '不在文中')] }]);
		const r = run(verbatimRule, input).results[0]!;
		expect(r.issues.map((i) => i.field)).toEqual(['obligations[0].quote']);
		expect(r.issues[0]!.message).toContain('the text reads "建设 20 个"');
	});
});

describe('form-limits rule', () => {
	it('turns away a target that is a form instruction, and checks form limits', () => {
		const input = ruleInput([
			{ id: '1', text: '主导产业情况(不超过200字)', kind: 'form', targets: [{ subject: '主导产业', value: 200, unit: '字', comparator: 'at-most', quote: '(不超过200字)' }] },
			{ id: '2', text: '行距为固定值 16 磅', kind: 'note', targets: [{ subject: '行距', value: 16, unit: '磅', quote: '行距为固定值 16 磅' }] },
			{ id: '3', text: '建设20个基地', targets: [{ subject: '基地', value: 20, unit: '个', quote: '20个基地' }] },
			{ id: '4', text: '(2000 字以内)', kind: 'form', formLimits: [{ field: '特色', kind: 'length', value: 2000, unit: '字', comparator: 'at-most', quote: '(2000 字以内)' }, { field: '特色', kind: 'length', value: 3000, quote: '(2000 字以内)' }, { field: 'x', kind: 'layout', quote: '不在文中' }] },
		]);
		expect(found(formLimitsRule, input)).toEqual(['1 targets[0]', '2 targets[0]', '4 formLimits[1].value', '4 formLimits[2].quote']);
	});
});

describe('duplicates rule', () => {
	it('wants a duplicate to name its original, and a repeat to be flagged', () => {
		const same = '支持职业院校与企业合作，共建产教融合实训基地。';
		const input = ruleInput([
			{ id: '3', text: same },
			{ id: '4', text: same, quality: [{ kind: 'duplicate', note: '同3', of: '3' }] },
			{ id: '5', text: same, quality: [{ kind: 'duplicate', note: '同3' }] },
			{ id: '6', text: same },
			{ id: '7', text: same, quality: [{ kind: 'duplicate', note: '同4', of: '4' }] },
		]);
		expect(found(duplicatesRule, input)).toEqual(['5 quality[0]', '6 quality', '7 quality[0].of']);
	});
});

describe('the rules together', () => {
	const input = ruleInput([{ id: '1', text: '建设20个基地。', obligations: [ob(['enterprise'], 'supported', '建设20个基地')] }]);
	it('excuses a finding an exception names, and reports an exception that excuses nothing', () => {
		const excused: RuleException = { rule: 'modality', clause: 'xiang-test-2024-1/1', quote: '建设20个基地', reason: '测试' };
		const stale: RuleException = { rule: 'verbatim', clause: 'xiang-test-2024-1/1', reason: '测试' };
		const elsewhere: RuleException = { rule: 'verbatim', clause: 'xiang-other-2024-1/1', reason: '别的文件' };
		const r = runDataRules(input, { exceptions: [excused, stale, elsewhere] });
		expect(r.results.find((x) => x.rule.id === 'modality')!.excused.map((x) => x.exception)).toEqual([excused]);
		expect(r.results.flatMap((x) => x.issues).map((i) => i.rule)).toEqual(['actors']);
		expect(r.stale).toEqual([stale]);
	});
	it('says how much each rule looked at', () => {
		expect(runDataRules(input, { exceptions: [] }).results.map((r) => [r.rule.id, r.rule.scope(input)])).toEqual([['verbatim', 1], ['modality', 1], ['actors', 1], ['unit-level', 1], ['form-limits', 0], ['duplicates', 1]]);
	});
});
