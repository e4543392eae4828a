import { describe, expect, it } from 'vitest';
import { directiveWords } from '../../../src/lib/content/rules/directive-words';
import { expectedModality, governingWord } from '../../../src/lib/content/rules/modality';

const words = (t: string) => directiveWords(t).map((w) => w.word);

describe('directive words', () => {
	it('finds the words of the modality table, longer ones first', () => {
		expect(words('应当配合')).toEqual(['应当']);
		expect(words('可以申请，也可参加')).toEqual(['可以', '可']);
		expect(words('鼓励和支持有条件的市县探索设立')).toEqual(['鼓励', '支持', '探索']);
		expect(words('必须落实，不得拖延，严格执行，确保到位，须在年内')).toEqual(['必须', '不得', '严格', '确保', '须']);
		expect(words('加快推进改革；请各市州教育（体）局报送')).toEqual(['推进', '请']);
	});
	it('skips the same characters inside ordinary words', () => {
		expect(words('主要目标；重要依据；需要；按照要求；主　　要　　内　　容')).toEqual([]);
		expect(words('适应产业；相应的证书；应用型本科；应急管理')).toEqual([]);
		expect(words('可持续发展；认可度；可能')).toEqual([]);
		expect(words('予以优先支持；对口支持；加大财政支持力度；金融支持；明确支持职业教育的政策；智力支持')).toEqual([]);
		expect(words('做好舆论引导；牵头申请的项目；聘请劳动模范')).toEqual([]);
	});
	it('gives the governing word of a quote: its own first word, or the last one just before it', () => {
		const text = '鼓励有条件的普通中学开设职业类选修课程，组织学生参观。';
		expect(governingWord('开设职业类选修课程', text)?.word).toBe('鼓励');
		expect(governingWord('组织学生参观', text)).toBeUndefined();
		expect(expectedModality('组织学生参观', text)).toEqual({ modality: 'should' });
		expect(expectedModality('鼓励和支持企业', '鼓励和支持企业')).toEqual({ modality: 'encouraged', word: '鼓励' });
		expect(expectedModality('推进校企合作', '推进校企合作')).toEqual({ modality: 'should', word: '推进' });
		expect(expectedModality('推动学校优化内部治理', '推动学校优化内部治理')).toEqual({ modality: 'supported', word: '推动' });
	});
});
