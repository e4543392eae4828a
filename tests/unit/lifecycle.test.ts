import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { currency, planningEnd } from '../../src/lib/views/currency';
import { chainEdges, implementationChain, type ChainTree } from '../../src/lib/views/chains';
import { documentLifecycle } from '../../src/lib/schema/lifecycle';
import { legislationJsonLd } from '../../src/lib/citations/json-ld';
import { restatements, sharedPhrase } from '../../src/lib/views/restatements';
import { relatedIndex, relatedInput } from '../../src/lib/corpus/related';

const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const doc = (slug: string) => corpus.doc.get(slug)!;

describe('lifecycle schema', () => {
	it('pairs 未知 with 原文未载 and every other status with a quote', () => {
		expect(documentLifecycle.safeParse({}).success).toBe(true);
		expect(documentLifecycle.parse({})).toMatchObject({ status: '未知', evidence: '原文未载', relations: [] });
		expect(documentLifecycle.safeParse({ status: '现行有效' }).success).toBe(false);
		expect(documentLifecycle.safeParse({ status: '未知', evidence: { quote: '自印发之日起施行', clause: 'sign' } }).success).toBe(false);
		expect(documentLifecycle.safeParse({ status: '已废止', evidence: { quote: '同时废止', doc: 'xiang-a-2025-1', clause: '9' } }).success).toBe(true);
	});
});

describe('currency', () => {
	it('says 原文未载 where no text states a status, for every document of the corpus', () => {
		for (const d of corpus.docs) {
			const c = currency(corpus, d, '2026-12-01');
			expect(c).toMatchObject({ status: '未知', stated: false, evidence: null, headline: '效力状态：原文未载，请核对发文机关最新公布' });
		}
	});
	it('computes whether a planning horizon has passed on the day given, without calling it expiry', () => {
		const d82 = doc('xiang-zheng-ban-fa-2018-82');
		expect(currency(corpus, d82, '2025-12-31').planning).toMatchObject({ words: '到2025年', ends: '2025年底', passed: false });
		expect(currency(corpus, d82, '2026-01-01').planning).toMatchObject({ passed: true });
		expect(currency(corpus, d82, '2026-01-01').status).toBe('未知');
	});
	it('counts a span from the document’s date (用3年左右时间 from 2023-12-29)', () => {
		const d168 = doc('xiang-zheng-han-2023-168');
		expect(planningEnd(d168.data.lifecycle.planningPeriod!, d168.data.date)).toBe('2026-12-29');
		expect(currency(corpus, d168, '2026-12-01').planning).toMatchObject({ words: '用 3年左右时间', ends: '约2026年12月', passed: false });
		expect(currency(corpus, d168, '2027-01-05').planning!.passed).toBe(true);
		expect(planningEnd({ kind: 'within', months: 36, approx: true, words: '用3年', clause: '1' }, null)).toBeNull();
	});
	it('links the words that state the planning period', () => {
		expect(currency(corpus, doc('xiang-jiao-tong-2024-23'), '2026-12-01').planning!.evidence).toEqual({ quote: '到“十四五”末', href: '/policies/xiang-jiao-tong-2024-23/1/', where: '湘教通〔2024〕23号 第一部分' });
		expect(currency(corpus, doc('xiang-ren-she-fa-2024-40'), '2026-12-01').planning).toBeNull();
	});
	it('a clause takes its document’s status unless a text states its own', () => {
		const d = doc('xiang-zheng-ban-fa-2018-82');
		const c = corpus.clause.get('xiang-zheng-ban-fa-2018-82/4-15')!;
		expect(currency(corpus, d, '2026-12-01', c).scope).toBe('document');
		const own = { ...c, data: { ...c.data, lifecycle: { status: '已废止' as const, evidence: { quote: '完善产教融合师资队伍建设机制' } } } };
		expect(currency(corpus, d, '2026-12-01', own)).toMatchObject({ status: '已废止', stated: true, scope: 'clause', evidence: { href: c.url } });
	});
});

const flat = (trees: ChainTree[], depth = 0): string[] => trees.flatMap((t) => [`${depth}:${'doc' in t.node ? t.node.doc : t.node.external}:${t.via!.relation}`, ...flat(t.children, depth + 1)]);

describe('implementation chains', () => {
	it('follows stated relations up and down, through external documents', () => {
		expect(flat(implementationChain(corpus, { doc: 'xiang-zheng-han-2023-168' }).up)).toEqual(['0:modern-vet-system-reform:implements']);
		expect(flat(implementationChain(corpus, { doc: 'xiang-zheng-han-2023-168' }).down)).toEqual(['0:xiang-jiao-tong-2024-23:implements']);
		expect(flat(implementationChain(corpus, { doc: 'xiang-zheng-ban-fa-2018-82' }).up)).toEqual(['0:guobanfa-2017-95:implements']);
		expect(flat(implementationChain(corpus, { doc: 'xiang-ren-she-fa-2024-40' }).up)).toEqual(['0:zhongfa-2024-18:implements', '0:xiangrencaifa-2023-4:implements']);
		// 湘教通〔2024〕23号 implements both the 实施方案 and, directly, the 中办国办 reform it carries out.
		expect(flat(implementationChain(corpus, { external: 'modern-vet-system-reform' }).down)).toEqual(['0:xiang-zheng-han-2023-168:implements', '1:xiang-jiao-tong-2024-23:implements', '0:xiang-jiao-tong-2024-23:implements']);
	});
	it('each relation carries the clause whose words state it', () => {
		const e = chainEdges(corpus).find((x) => 'doc' in x.to && x.to.doc === 'xiang-zheng-han-2023-168')!;
		expect(e).toMatchObject({ from: { doc: 'xiang-jiao-tong-2024-23' }, evidence: { doc: 'xiang-jiao-tong-2024-23', clause: 'preamble' } });
		expect(corpus.clause.get('xiang-jiao-tong-2024-23/preamble')!.text).toContain(e.quote);
	});
	it('stops at a cycle', () => {
		const d = doc('xiang-zheng-han-2023-168');
		const loop = { ...corpus, docs: corpus.docs.map((x) => (x === d ? { ...d, data: { ...d.data, lifecycle: { ...d.data.lifecycle, relations: [...d.data.lifecycle.relations, { relation: 'implements' as const, doc: 'xiang-jiao-tong-2024-23', quote: 'x', clause: 'intro' }] } } } : x)) };
		const up = flat(implementationChain(loop, { doc: 'xiang-jiao-tong-2024-23' }).up);
		expect(up).toContain('1:xiang-jiao-tong-2024-23:implements');
		expect(up.length).toBeLessThan(10);
	});
});

describe('Legislation JSON-LD', () => {
	it('describes a document with its identifier, type and stated relations, and no legal force it cannot state', () => {
		const ld = legislationJsonLd(corpus, doc('xiang-zheng-ban-fa-2018-82'), 'https://xiangce.example.org');
		expect(ld).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '湘政办发〔2018〕82号', legislationType: '实施意见', legislationEnsuresImplementationOf: [{ '@id': 'https://xiangce.example.org/external/guobanfa-2017-95/' }] });
		expect(ld).not.toHaveProperty('legislationLegalForce');
		expect(ld).not.toHaveProperty('legislationDate');
	});
	it('makes a clause part of its document', () => {
		const d = doc('xiang-zheng-han-2023-168');
		const ld = legislationJsonLd(corpus, d, 'https://xiangce.example.org', corpus.clause.get('xiang-zheng-han-2023-168/2-1-3'));
		expect(ld).toMatchObject({ '@id': 'https://xiangce.example.org/policies/xiang-zheng-han-2023-168/2-1-3/', legislationIdentifier: '湘政函〔2023〕168号 二（一）3', isPartOf: { '@id': 'https://xiangce.example.org/policies/xiang-zheng-han-2023-168/', legislationDate: '2023-12-29' } });
	});
});

describe('restatements on a clause page', () => {
	it('labels curated references with their quote and close texts with the words they share', () => {
		const related = relatedIndex(corpus.clauses.map(relatedInput));
		const c = corpus.clause.get('xiang-zheng-ban-fa-2018-82/2-4')!;
		const r = restatements(corpus, c, related.get(c.key) ?? []);
		expect(r.find((x) => x.clause.key === 'xiang-zheng-ban-fa-2018-82/att1-3')).toMatchObject({ relation: 'restates', direction: 'in', evidence: '健全需求导向的人才培养结构动态调整机制' });
		for (const x of r.filter((y) => y.relation === 'similar')) {
			expect(x.clause.doc).not.toBe(c.doc);
			expect(x.evidence.length).toBeGreaterThan(1);
			expect(c.text.replace(/\s+/g, '')).toContain(x.evidence);
		}
	});
	it('finds the longest run two texts share', () => {
		expect(sharedPhrase('建立专业预警和退出机制，', '完善专 业预警和退出机制')).toBe('专业预警和退出机制');
		expect(sharedPhrase('', 'abc')).toBe('');
	});
});

describe('sharedPhrase at scale', () => {
	/** The definition: a table over both texts, the first longest run in reading order of the first. */
	const byTable = (a: string, b: string) => {
		const x = [...a.replace(/\s+/g, '')];
		const y = [...b.replace(/\s+/g, '')];
		let best = 0;
		let end = 0;
		let prev = new Uint16Array(y.length + 1);
		let row = new Uint16Array(y.length + 1);
		for (let i = 1; i <= x.length; i++) {
			for (let j = 1; j <= y.length; j++) {
				row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : 0;
				if (row[j]! > best) {
					best = row[j]!;
					end = i;
				}
			}
			[prev, row] = [row, prev];
		}
		return x.slice(end - best, end).join('');
	};
	it('finds the same words as the quadratic definition for every pair of related clauses in the corpus', () => {
		const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
		const index = relatedIndex(corpus.clauses.map(relatedInput));
		let pairs = 0;
		for (const c of corpus.clauses) {
			for (const l of index.get(c.key) ?? []) {
				const other = corpus.clause.get(l.key)!;
				expect(sharedPhrase(c.text, other.text), `${c.key} ⇄ ${l.key}`).toBe(byTable(c.text, other.text));
				pairs++;
			}
		}
		expect(pairs).toBeGreaterThan(100);
	});
});
