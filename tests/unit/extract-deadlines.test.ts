import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/lib/ingest/extract/deadlines';
import { actorsFor } from './ingest-helpers';

const actors = actorsFor(['edu-dept']);

describe('extractDeadlines', () => {
	it('reads a dated submission with who, to whom, what and how', () => {
		const text = '2024年2月28日前，请各市州教育（体）局将《市域产教联合体推荐书》（一式5份，加盖公章）邮寄至我厅职成处，电子版发送至 hnzcc908@163.com。\n联系人：何俊艺；联系电话：0731—84723764。';
		const [d] = extractDeadlines(text, actors);
		expect(d).toMatchObject({ date: '2024-02-28', who: ['city-edu-bureau'], to: ['edu-dept'], what: '报送《市域产教联合体推荐书》', quote: '2024年2月28日前' });
		expect(d!.how).toEqual(expect.arrayContaining(['邮寄至我厅职成处', '电子版发送至 hnzcc908@163.com']));
	});
	it('takes the subject before the date as who, and full-width digits', () => {
		const [d] = extractDeadlines('各技工院校要在２０２４年９月１日前完成课程标准修订。', actors);
		expect(d).toMatchObject({ date: '2024-09-01', who: ['technical-school'], quote: '２０２４年９月１日前' });
	});
	it('leaves dates that set no deadline and horizons without a day', () => {
		expect(extractDeadlines('2023 年 12 月 29 日印发。到2025年基本形成格局。', actors)).toEqual([]);
	});
});
