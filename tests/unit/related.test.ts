import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { comparableText, cosine, isRelated, relatedIndex, sparseDot, tfidfSparse, tfidfVectors, type RelatedInput, type RelatedStats } from '../../src/lib/corpus/related';
import { relatedDifferences, relatedIndexAllPairs } from '../../src/lib/corpus/related-exact';

const clause = (key: string, text: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({ key, doc: key.split('/')[0]!, kind: 'task', text, topics: [], refs: [], ...extra });

describe('comparableText', () => {
	it('keeps letters and digits of substantive text only', () => {
		expect(comparableText({ kind: 'task', text: '健全需求导向的人才培养结构动态调整机制。严格实行专业预警和退出机制。' })).toBe('健全需求导向的人才培养结构动态调整机制严格实行专业预警和退出机制');
		expect(comparableText({ kind: 'section', text: '保障措施' })).toBe('');
		expect(comparableText({ kind: 'preamble', text: '现将《深化产教融合促进技工教育高质量特色发展的若干措施》印发给你们，请结合实际认真贯彻落实。' })).toBe('');
	});
	it('reads a table row without its 序号 and 责任单位 cells', () => {
		const row = '序号\t工作任务\t主要内容\t责任单位\n3\t\t健全需求导向的人才培养结构动态调整机制，建立健全学科专业建设动态调整机制。\t省教育厅会同有关部门。';
		expect(comparableText({ kind: 'table-row', text: row })).toBe('健全需求导向的人才培养结构动态调整机制建立健全学科专业建设动态调整机制');
	});
});

describe('TF-IDF cosine', () => {
	it('is 1 for the same text, 0 for texts with no bigram in common', () => {
		const [a, b, c] = tfidfVectors(['专业预警和退出机制专业设置', '专业预警和退出机制专业设置', '国际交流合作办学留学生']);
		expect(cosine(a!, b!)).toBeCloseTo(1);
		expect(cosine(a!, c!)).toBe(0);
	});
});

describe('relatedIndex', () => {
	const base = [
		clause('a/1', '把市场供求、人才培养质量、就业质量作为学校设置调整学科专业的重要依据，严格实行专业预警和退出机制。'),
		clause('b/6', '健全技工院校专业设置机制，把市场供求、人才培养质量、就业质量作为学校设置调整专业的重要依据。严格实行专业预警和退出机制。'),
		clause('b/7', '加强国际、省际、校际间学习交流，提升技工教育影响力和认可度，搭建技术技能人才交流竞技的平台。', { topics: ['international'] }),
		clause('c/1', '加强国际交流合作。鼓励职业学校与国（境）外教育机构合作办学，招收外国留学生，开展师生交流培训。', { topics: ['international'] }),
		clause('c/2', '职业学校专业课教师顶岗实践、挂职锻炼时间原则上每5年不少于6个月。', { topics: ['international'] }),
		clause('a/2', '把市场供求、人才培养质量、就业质量作为学校设置调整学科专业的重要依据。'),
	];
	const index = relatedIndex(base);
	it('relates restatements by their words', () => {
		expect(isRelated(index, 'a/1', 'b/6')).toBe(true);
		expect(index.get('b/6')![0]!.reasons).toContainEqual({ kind: 'text' });
	});
	it('relates clauses that share a topic only when their words overlap too', () => {
		expect(isRelated(index, 'b/7', 'c/1')).toBe(true);
		expect(index.get('b/7')!.find((l) => l.key === 'c/1')!.reasons).toEqual([{ kind: 'topic', topic: 'international' }]);
		expect(isRelated(index, 'b/7', 'c/2')).toBe(false);
	});
	it('never relates clauses of the same document', () => {
		expect(isRelated(index, 'a/1', 'a/2')).toBe(false);
	});
	it('always relates clauses linked by a curated reference, first, with its direction', () => {
		const withRef = relatedIndex([...base, clause('d/1', '教师队伍建设。', { kind: 'section', refs: [{ doc: 'c', clause: '2', relation: 'restates' }] })]);
		expect(withRef.get('d/1')![0]).toMatchObject({ key: 'c/2', reasons: [{ kind: 'ref', relation: 'restates', outgoing: true }] });
		expect(withRef.get('c/2')![0]).toMatchObject({ key: 'd/1', reasons: [{ kind: 'ref', relation: 'restates', outgoing: false }] });
	});
	it('lists the most similar first', () => {
		const list = index.get('a/1')!;
		expect(list.map((l) => l.similarity)).toEqual([...list.map((l) => l.similarity)].sort((x, y) => y - x));
	});
});

describe('relatedIndex through the inverted index', () => {
	it('finds exactly the pairs the all-pairs definition finds, with the same similarity', async () => {
		const { corpusFromDisk } = await import('../../src/lib/corpus/from-disk');
		const { relatedInput } = await import('../../src/lib/corpus/related');
		const inputs = corpusFromDisk(join(import.meta.dirname, '../..')).clauses.map(relatedInput);
		const vectors = tfidfVectors(inputs.map(comparableText));
		const index = relatedIndex(inputs);
		for (let i = 0; i < inputs.length; i++) {
			for (let j = 0; j < inputs.length; j++) {
				if (i === j || inputs[i]!.doc === inputs[j]!.doc) continue;
				const sim = cosine(vectors[i]!, vectors[j]!);
				const shared = inputs[i]!.topics.some((t) => inputs[j]!.topics.includes(t));
				const expected = sim >= 0.21 || (shared && sim >= 0.04);
				if (expected) expect(isRelated(index, inputs[i]!.key, inputs[j]!.key), `${inputs[i]!.key} ~ ${inputs[j]!.key}`).toBe(true);
				const link = index.get(inputs[i]!.key)!.find((l) => l.key === inputs[j]!.key);
				if (link) expect(link.similarity).toBeCloseTo(sim, 9);
			}
		}
	});
});

describe('relatedIndex against the all-pairs definition on the whole corpus', async () => {
	const { corpusFromDisk } = await import('../../src/lib/corpus/from-disk');
	const { relatedInput } = await import('../../src/lib/corpus/related');
	const inputs = corpusFromDisk(join(import.meta.dirname, '../..')).clauses.map(relatedInput);

	it('gives the same lists, link for link: keys, order, reasons and similarity to the last bit', () => {
		const exact = relatedIndexAllPairs(inputs);
		const stats: RelatedStats = { scored: 0, read: 0, rounds: [] };
		const index = relatedIndex(inputs, undefined, { stats });
		expect(relatedDifferences(exact, index)).toEqual([]);
		expect([...index]).toEqual([...exact]);
		// …without scoring every pair: the common bigrams stay out of the postings.
		const comparable = inputs.filter((c) => comparableText(c)).length;
		expect(stats.scored).toBeLessThan((comparable * (comparable - 1)) / 2 / 2);
	});

	it('gives the same lists when they are full, so that clauses settle in the high rounds', () => {
		for (const maxRelated of [1, 3, 10]) {
			const stats: RelatedStats = { scored: 0, read: 0, rounds: [] };
			const index = relatedIndex(inputs, undefined, { maxRelated, stats });
			expect(relatedDifferences(relatedIndexAllPairs(inputs, undefined, maxRelated), index), `maxRelated ${maxRelated}`).toEqual([]);
			expect(stats.rounds.some((r) => r.settled > inputs.filter((c) => !comparableText(c)).length), 'some clause settled early').toBe(true);
		}
	});

	it('gives the same lists under other thresholds', () => {
		for (const thresholds of [{ text: 0.1, topicText: 0.02 }, { text: 0.5, topicText: 0.15 }, { text: 0.3, topicText: 0.3 }]) {
			expect(relatedDifferences(relatedIndexAllPairs(inputs, thresholds, 5), relatedIndex(inputs, thresholds, { maxRelated: 5 })), JSON.stringify(thresholds)).toEqual([]);
		}
	});

	it('scores with the same dot product as the definition, whichever way round', () => {
		const { ids, w } = tfidfSparse(inputs.map(comparableText));
		const maps = tfidfVectors(inputs.map(comparableText));
		for (let i = 0; i < inputs.length; i += 7) {
			for (let j = 1; j < inputs.length; j += 11) {
				expect(sparseDot(ids[i]!, w[i]!, ids[j]!, w[j]!)).toBe(sparseDot(ids[j]!, w[j]!, ids[i]!, w[i]!));
				expect(sparseDot(ids[i]!, w[i]!, ids[j]!, w[j]!)).toBeCloseTo(cosine(maps[i]!, maps[j]!), 12);
			}
		}
	});
});
