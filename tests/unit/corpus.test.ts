import { describe, expect, it } from 'vitest';
import { ancestors, neighbours, outline, topicClauses, unitClauses } from '../../src/lib/corpus';
import { refsTo } from '../../src/lib/citations/references';
import { buildExport } from '../../src/lib/export/api';
import { apiExport } from '../../src/lib/schema';
import { corpusOf, fixtureRoot } from './fixtures';

describe('corpus', () => {
	const corpus = corpusOf(fixtureRoot());
	const c11 = corpus.clause.get('xiang-test-2024-1/1-1')!;

	it('builds the outline by parent', () => {
		const tree = outline(corpus.docs[0]!);
		expect(tree.map((n) => n.clause.id)).toEqual(['1']);
		expect(tree[0]!.children.map((n) => n.clause.id)).toEqual(['1-1']);
	});
	it('finds ancestors and neighbours', () => {
		expect(ancestors(corpus, c11).map((c) => c.id)).toEqual(['1']);
		expect(neighbours(corpus, c11).prev?.id).toBe('1');
		expect(neighbours(corpus, c11).next).toBeUndefined();
	});
	it('indexes units and topics', () => {
		expect(unitClauses(corpus, 'higher-vocational').map((x) => [x.clause.id, x.roles])).toEqual([['1-1', ['actor']]]);
		expect(unitClauses(corpus, 'edu-dept').map((x) => x.roles)).toEqual([['deadline']]);
		expect(topicClauses(corpus, 'chuyi').map((c) => c.id)).toEqual(['1-1']);
		expect(refsTo(corpus, { doc: 'xiang-test-2024-1' })).toEqual([]);
	});
	it('exports open data that satisfies the published schema', () => {
		const data = buildExport(corpus);
		expect(apiExport.safeParse(data).success).toBe(true);
		expect(data.clauses[1]).toMatchObject({ doc: 'xiang-test-2024-1', id: '1-1', url: '/policies/xiang-test-2024-1/1-1/', label: '1.', parent: '1' });
		expect(data.documents[0]!.issuers).toEqual([{ id: 'edu-dept', name: '省教育厅' }]);
		expect(data.clauses[1]!.obligations[0]!.actorNames).toEqual(['高职院校']);
		expect(data.clauses[1]!.deadlines[0]).toMatchObject({ whoNames: ['市州教育（体）局'], toNames: ['省教育厅'] });
	});
});
