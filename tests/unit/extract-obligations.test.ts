import { describe, expect, it } from 'vitest';
import { extractObligations } from '../../src/lib/ingest/extract/obligations';
import { governingWord } from '../../src/lib/ingest/extract/modality';
import { DIRECTIVE_WORDS } from '../../src/lib/content/rules/directive-words';
import { actorsFor } from './ingest-helpers';

const ctx = { actors: actorsFor(['edu-dept']), defaultActors: ['city-edu-bureau'] };
const modalities = (text: string) => extractObligations(text, ctx).map((o) => o.modality);

describe('modality (the README table, one module)', () => {
	it.each([
		['必须为实习学生购买保险', 'must'],
		['不得安排学生从事高危作业', 'must'],
		['严格实行专业预警和退出机制', 'must'],
		['确保准确真实性', 'must'],
		['应当与实习单位签订协议', 'should'],
		['要加强统筹指导', 'should'],
		['原则上应有相关行业企业参与', 'should'],
		['鼓励企业设立学徒岗位', 'encouraged'],
		['倡导绿色发展', 'encouraged'],
		['支持企业接收学生实习实训', 'supported'],
		['探索实体化运作', 'supported'],
		['引导行业企业深度参与', 'supported'],
		['可提前毕业', 'may'],
		['允许企业依法参与办学', 'may'],
	])('%s → %s', (text, modality) => expect(governingWord(text)?.modality).toBe(modality));
	it('ignores words that only contain a modal character, or stand deep inside the phrase', () => {
		expect(governingWord('应用型本科高校建设')).toBeUndefined();
		expect(governingWord('主要负责同志牵头')).toBeUndefined();
		expect(governingWord('提供有力的人才支撑和智力支持')).toBeUndefined();
		expect(governingWord('可持续发展')).toBeUndefined();
	});
	it('is the data rules\' table: 推进 and 请 are `should`, every directive word is found', () => {
		expect(governingWord('加快推进教育改革')).toMatchObject({ word: '推进', modality: 'should' });
		expect(governingWord('请各市州教育（体）局报送材料')).toMatchObject({ word: '请', modality: 'should' });
		for (const g of DIRECTIVE_WORDS) for (const w of g.words) expect(governingWord(`${w.word}开展试点`), w.word).toMatchObject({ modality: g.modality });
	});
});

describe('extractObligations', () => {
	it('splits a sentence at each governing word and keeps lead-in phrases with their directive', () => {
		const o = extractObligations('对接湖南优势产业，建立健全职业学校与行业骨干企业紧密协同的创新生态系统，推动学科专业与产业需求精准对接。', ctx);
		expect(o.map((x) => x.modality)).toEqual(['should', 'supported']);
		expect(o[1]!.quote).toBe('推动学科专业与产业需求精准对接');
	});
	it('takes the object of 支持/鼓励 as the actor and the named subject otherwise', () => {
		expect(extractObligations('支持龙头骨干企业参与公办职业学校办学。', ctx)[0]!.actors).toEqual(['leading-enterprise']);
		expect(extractObligations('鼓励有条件的产业园区与职业学校、高等学校对口合作开展专业建设。', ctx)[0]!.actors).toEqual(['industrial-park', 'vocational-school', 'higher-ed']);
		expect(extractObligations('高职院校每年安排 20%左右的专业教师到企业生产实践。', ctx)[0]!.actors).toEqual(['higher-vocational']);
		expect(extractObligations('我厅将对建设情况进行监测。', ctx)[0]!.actors).toEqual(['edu-dept']);
	});
	it('falls back to the default actors when the text names none', () => {
		expect(extractObligations('加快推进教育“放管服”改革。', ctx)[0]).toMatchObject({ actors: ['city-edu-bureau'], modality: 'should' });
	});
	it('skips the statement of purpose, table rows and a heading-like title', () => {
		expect(extractObligations('为贯彻落实《中华人民共和国职业教育法》，规范基地建设，制定本办法。', ctx)).toEqual([]);
		expect(extractObligations('课程改革\t省教育厅\t省财政厅', ctx)).toEqual([]);
		expect(extractObligations('强化企业职工在岗教育培训。落实企业职工培训制度。', ctx, { skipFirst: '强化企业职工在岗教育培训' })).toHaveLength(1);
	});
	it('gives a goal without a number its horizon', () => {
		expect(extractObligations('不断深化产教融合，到2025年基本形成区域产业和教育共生共荣发展格局。', ctx)[0]!.period).toEqual({ kind: 'by', year: 2025, words: '到2025年' });
	});
	it('quotes the words of the text', () => {
		const text = '各市州教育（体）局要加强统筹指导，对牵头学校实行优中选优，确保准确真实性。';
		expect(modalities(text)).toEqual(['should', 'must']);
		for (const o of extractObligations(text, ctx)) expect(text).toContain(o.quote);
	});
});
