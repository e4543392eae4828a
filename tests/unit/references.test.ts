import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { documentRelations, refsTo } from '../../src/lib/citations/references';

const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const keys = (refs: ReturnType<typeof refsTo>) => refs.map((r) => `${r.from.key} ${r.ref.relation}`);

describe('refsTo (被引用)', () => {
	it('finds references to a clause, from other documents and from the same one', () => {
		expect(keys(refsTo(corpus, { doc: 'xiang-zheng-ban-fa-2018-82', clause: '2-4' }))).toEqual([
			'xiang-zheng-ban-fa-2018-82/att1-3 restates',
			'xiang-ren-she-fa-2024-40/6 restates',
		]);
	});
	it('finds references to a document as a whole or to any of its clauses, from other documents only', () => {
		expect(keys(refsTo(corpus, { doc: 'xiang-zheng-han-2023-168' }))).toEqual(['xiang-jiao-tong-2024-23/preamble implements']);
		// 湘教通 points at its own attachments: structure, not citation of the document.
		expect(refsTo(corpus, { doc: 'xiang-jiao-tong-2024-23' })).toEqual([]);
		expect(keys(refsTo(corpus, { doc: 'xiang-jiao-tong-2024-23', clause: 'att3' }))).toEqual(['xiang-jiao-tong-2024-23/3-2 cites', 'xiang-jiao-tong-2024-23/3-p1 cites']);
	});
	it('finds references to an external document', () => {
		expect(keys(refsTo(corpus, { external: 'modern-vet-system-reform' }))).toEqual(['xiang-zheng-han-2023-168/intro implements', 'xiang-jiao-tong-2024-23/preamble implements']);
	});
});

describe('documentRelations', () => {
	it('sums clause references per document pair and relation, leaving self-references out', () => {
		const rels = documentRelations(corpus).map((r) => `${r.from} ${r.relation} ${'doc' in r.to ? r.to.doc : `x:${r.to.external}`} ×${r.refs.length}`);
		expect(rels).toContain('xiang-jiao-tong-2024-23 implements xiang-zheng-han-2023-168 ×1');
		expect(rels).toContain('xiang-ren-she-fa-2024-40 restates xiang-zheng-ban-fa-2018-82 ×1');
		expect(rels).toContain('xiang-zheng-ban-fa-2018-82 implements x:guobanfa-2017-95 ×1');
		expect(rels.filter((r) => r.split(' ')[0] === r.split(' ')[2])).toEqual([]);
	});
});
