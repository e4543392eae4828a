import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { closestPages, normalizeLocator, numberForms, resolveId, type IdTable } from '../../src/lib/citations/id-resolver';
import { idRedirects, idTable } from '../../src/lib/citations/id-table';

const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const table = idTable(corpus);
const url = (rest: string) => {
	const r = resolveId(rest, table);
	return 'url' in r ? r.url : r.kind;
};
const D82 = '/policies/xiang-zheng-ban-fa-2018-82/';

describe('/id/ resolver', () => {
	it('resolves every way of writing a document number', () => {
		for (const n of ['湘政办发〔2018〕82号', '湘政办发[2018]82号', '湘政办发(2018)82号', '湘政办发（2018）82号', '湘政办发〔2018〕82 号', '湘政办发【2018】82号', '湘政办发2018年82号', '82号文', '82号', 'xiang-zheng-ban-fa-2018-82']) expect(url(n), n).toBe(D82);
		expect(url('国办发[2017]95号')).toBe('/external/guobanfa-2017-95/');
		expect(url('湘政办发〔2019〕82号')).toBe('none');
	});
	it('resolves a clause by its place in the document’s own numbering, its id, or 第十五条', () => {
		for (const loc of ['第15条', '第十五条', '4-15', '/第15条/']) expect(url(`湘政办发〔2018〕82号/${loc}`), loc).toBe(`${D82}4-15/`);
		expect(url('湘政办发〔2018〕82号第15条')).toBe(`${D82}4-15/`);
		expect(url('82号文/第十五条')).toBe(`${D82}4-15/`);
		expect(url('湘政函〔2023〕168号/二（一）3')).toBe('/policies/xiang-zheng-han-2023-168/2-1-3/');
		expect(url('湘政函(2023)168号/二(一)3.')).toBe('/policies/xiang-zheng-han-2023-168/2-1-3/');
		expect(url('湘教通〔2024〕23号/附件2 1.1')).toBe('/policies/xiang-jiao-tong-2024-23/att2-1-1/');
		expect(url('湘教通〔2024〕23号/附件2/1.1')).toBe('/policies/xiang-jiao-tong-2024-23/att2-1-1/');
		expect(url('湘人社发〔2024〕40号/第六条')).toBe('/policies/xiang-ren-she-fa-2024-40/6/');
		expect(url('湘政办发〔2018〕82号/附件/序号3')).toBe(`${D82}att1-3/`);
	});
	it('offers the closest clauses when the place is not in the document, and every match when several fit', () => {
		const r = resolveId('湘政办发〔2018〕82号/第99条', table);
		expect(r.kind).toBe('unknown-clause');
		// 15 alone is both 第15条 and the annex row 序号15.
		const both = resolveId('82号/15', table);
		expect(both.kind === 'unknown-clause' && both.closest.map((c) => c.id)).toEqual(['4-15', 'att1-15']);
	});
	it('lists every document when a serial is shared', () => {
		const twin: IdTable = { docs: [...table.docs, { slug: 'xiang-jiao-fa-2020-82', number: '湘教发〔2020〕82号', title: '另一份', url: '/policies/xiang-jiao-fa-2020-82/', clauses: [] }] };
		const r = resolveId('82号文', twin);
		expect(r.kind === 'ambiguous-doc' && r.docs.map((d) => d.number)).toEqual(['湘政办发〔2018〕82号', '湘教发〔2020〕82号']);
		expect(resolveId('湘政办发〔2018〕82号', twin).kind).toBe('doc');
	});
	it('normalises full-width forms, slashes and Chinese article numbers', () => {
		expect(normalizeLocator(' 二、（一）3． ')).toBe('二(一)3');
		expect(normalizeLocator('附件2  1.1')).toBe('附件2/1.1');
		expect(normalizeLocator('第二十一条')).toBe('第21条');
		expect(numberForms('湘政办发〔2018〕82号')).toEqual(['湘政办发〔2018〕82号', '湘政办发[2018]82号', '湘政办发(2018)82号', '湘政办发（2018）82号']);
	});
	it('suggests the document a wrong clause URL is under, then the nearest pages', () => {
		const s = closestPages('/policies/xiang-zheng-ban-fa-2018-82/4-99/', table);
		expect(s[0]!.url).toBe(D82);
		expect(s.length).toBe(3);
		expect(closestPages('/polices/xiang-jiao-tong-2024-23/', table)[0]!.url).toBe('/policies/xiang-jiao-tong-2024-23/');
	});
});

describe('static /id/ redirect pages', () => {
	const redirects = idRedirects(corpus);
	const to = new Map(redirects.map((r) => [r.from, r.to]));
	it('cover each document in every bracket form and each clause by its place under 〔〕', () => {
		for (const d of corpus.docs) for (const f of numberForms(d.data.number)) expect(to.get(`/id/${f}/`)).toBe(d.url);
		expect(to.get('/id/湘政办发〔2018〕82号/第15条/')).toBe(`${D82}4-15/`);
		expect(to.has('/id/湘政办发〔2018〕82号/4-15/')).toBe(false);
		expect(redirects.length).toBeLessThanOrEqual(corpus.clauses.length + 4 * (corpus.docs.length + corpus.external.length));
		expect(to.get('/id/湘教通〔2024〕23号/附件2/1.1/')).toBe('/policies/xiang-jiao-tong-2024-23/att2-1-1/');
		expect(to.get('/id/国办发〔2017〕95号/')).toBe('/external/guobanfa-2017-95/');
	});
	it('never publish a form whose meaning depends on the rest of the corpus (82号文)', () => {
		expect([...to.keys()].some((p) => /^\/id\/\d+号/.test(p))).toBe(false);
	});
	it('agree with the resolver', () => {
		for (const r of redirects) expect(url(decodeURIComponent(r.from.slice(4))), r.from).toBe(r.to);
	});
});
