import { describe, expect, it } from 'vitest';
import { buildPostings, filterPages, inCorpusOrder, type ClauseFilterValues, type Postings } from '../../../src/lib/search/filter-postings';

// Five clauses in corpus order; clause 3 is not indexed.
const table: ClauseFilterValues = {
	values: [
		['unit', '省教育厅'],
		['issuer', '省教育厅'],
		['role', '高职院校'],
		['doc', '湘教通〔2024〕23号'],
		['topic', '实习'],
	],
	clauses: [[0, 3], [1, 2, 3], [2, 4], [0, 4], [1, 2]],
};
const ids = ['p0', 'p1', 'p2', undefined, 'p4'];
const { index, files } = buildPostings(table, ids);
const read = async (n: number): Promise<Postings> => files[n]!;
const pages = async (f: Parameters<typeof filterPages>[0]) => {
	const set = await filterPages(f, index, read);
	return set && inCorpusOrder(set);
};

describe('buildPostings', () => {
	it('lists each value’s indexed pages in corpus order, with their positions and counts', () => {
		expect(files[2]).toEqual({ o: [1, 2, 4], p: ['p1', 'p2', 'p4'] });
		expect(files[0]).toEqual({ o: [0], p: ['p0'] });
		expect(index.role!['高职院校']).toEqual([2, 3]);
		expect(index.unit!['省教育厅']).toEqual([0, 1]);
	});
});

describe('filterPages', () => {
	it('selects the pages of a value, and none for an unknown value or key', async () => {
		expect(await pages({ role: '高职院校' })).toEqual(['p1', 'p2', 'p4']);
		expect(await pages({ role: '中职学校' })).toEqual([]);
		expect(await pages({ nothing: 'x' })).toEqual([]);
	});
	it('joins the entries of an object and the values listed under a key (all must hold)', async () => {
		expect(await pages({ role: '高职院校', topic: '实习' })).toEqual(['p2']);
		expect(await pages({ role: ['高职院校', '实习'] })).toEqual([]);
		expect(await pages({ all: [{ role: '高职院校' }, { doc: '湘教通〔2024〕23号' }] })).toEqual(['p1']);
	});
	it('unites `any`, in corpus order whatever the order of the parts', async () => {
		expect(await pages({ any: [{ role: '高职院校' }, { unit: '省教育厅' }, { issuer: '省教育厅' }] })).toEqual(['p0', 'p1', 'p2', 'p4']);
		expect(await pages({ doc: { any: ['湘教通〔2024〕23号', '湘政办发〔2018〕82号'] } })).toEqual(['p0', 'p1']);
		expect(await pages({ all: [{ doc: '湘教通〔2024〕23号' }, { any: [{ unit: '省教育厅' }, { issuer: '省教育厅' }] }] })).toEqual(['p0', 'p1']);
	});
	it('leaves to Pagefind what needs the whole library (none, not)', async () => {
		expect(await pages({ not: { role: '高职院校' } })).toBeUndefined();
		expect(await pages({ role: { none: ['高职院校'] } })).toBeUndefined();
	});
});
