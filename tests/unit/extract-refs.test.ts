import { describe, expect, it } from 'vitest';
import { extractRefs, restatedClauses, type RefTargets } from '../../src/lib/ingest/extract/refs';
import { corpus } from './ingest-helpers';

const targets: RefTargets = {
	self: { slug: 'xiang-jiao-fa-2025-7', number: '湘教发〔2025〕7号', title: '湖南省教育厅关于印发《实训基地管理办法》的通知', shortTitle: '实训基地管理办法', attachments: [{ n: 1, title: '任务分工表' }], clauseIds: new Set(['att1']) },
	documents: corpus.documents.map((d) => ({ slug: d.slug, number: d.data.number, title: d.data.title, shortTitle: d.data.shortTitle })),
	external: corpus.external,
};

describe('extractRefs', () => {
	it('joins a 《title》 and the 发文字号 bracketed after it, in any bracket form', () => {
		const r = extractRefs('落实国务院办公厅《关于深化产教融合的若干意见》（国办发[2017]95号）要求。', targets);
		expect(r.refs).toEqual([{ external: 'guobanfa-2017-95', relation: 'implements', quote: '《关于深化产教融合的若干意见》（国办发[2017]95号）' }]);
	});
	it('resolves numbers of the corpus with any brackets and prefix run-in text', () => {
		expect(extractRefs('根据湘教通（2024）23号文件精神。', targets).refs[0]).toMatchObject({ doc: 'xiang-jiao-tong-2024-23', quote: '湘教通（2024）23号' });
	});
	it('resolves the document itself, its attachments and （附件N） pointers', () => {
		expect(extractRefs('现将《实训基地管理办法》印发给你们。', targets).refs).toEqual([{ doc: 'xiang-jiao-fa-2025-7', relation: 'cites', quote: '《实训基地管理办法》' }]);
		expect(extractRefs('填写《任务分工表》（见附件1）。', targets).refs).toEqual([
			{ doc: 'xiang-jiao-fa-2025-7', clause: 'att1', relation: 'cites', quote: '《任务分工表》' },
			{ doc: 'xiang-jiao-fa-2025-7', clause: 'att1', relation: 'cites', quote: '见附件1' },
		]);
	});
	it('lists what it cannot resolve instead of guessing', () => {
		const r = extractRefs('原《职业学校学生实习管理规定》（教职成〔2016〕3号）同时废止。', targets);
		expect(r.refs).toEqual([]);
		expect(r.unresolved).toEqual(['《职业学校学生实习管理规定》（教职成〔2016〕3号）']);
	});
	it('matches annex rows to the clause titles they restate', () => {
		const clauses = [{ id: '3-6', title: '深化“引企入教”制度改革' }, { id: '6-28', title: '强化考核督查' }, { id: '2-2', title: '区域经济社会发展和产教融合同步规划实施' }];
		expect(restatedClauses('深化“引企入教”改革，支持引导行业企业深度参与职业学校教育教学改革。', clauses)).toEqual([{ id: '3-6', quote: '深化“引企入教”改革' }]);
		expect(restatedClauses('强化考核督导，支持社会第三方机构开展效能评价。', clauses)).toEqual([{ id: '6-28', quote: '强化考核督导' }]);
	});
});
