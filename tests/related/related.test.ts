import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { isRelated, relatedIndex, relatedInput, RELATED_THRESHOLDS } from '../../src/lib/corpus/related';

/**
 * Related clauses against a hand-labelled set (labels.json): pairs judged by reading both texts, including
 * hard negatives sampled from pairs whose wording overlaps. The thresholds in src/lib/corpus/related.ts were tuned
 * on this set (a plateau, not a single best point); precision and recall are printed on every run.
 */
interface Pair {
	a: string;
	b: string;
	why: string;
}
const labels = JSON.parse(readFileSync(join(import.meta.dirname, 'labels.json'), 'utf8')) as { positive: Pair[]; negative: Pair[] };
const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const index = relatedIndex(corpus.clauses.map(relatedInput));

describe('related clauses on the labelled set', () => {
	it('labels only clauses that exist, across documents, each pair once', () => {
		const all = [...labels.positive, ...labels.negative];
		expect(all.filter((p) => !corpus.clause.has(p.a) || !corpus.clause.has(p.b)).map((p) => `${p.a} ${p.b}`)).toEqual([]);
		expect(all.filter((p) => p.a.split('/')[0] === p.b.split('/')[0])).toEqual([]);
		expect(new Set(all.map((p) => [p.a, p.b].sort().join('|'))).size).toBe(all.length);
	});

	it('finds the restatement 湘人社发〔2024〕40号 第六条 ⇄ 湘政办发〔2018〕82号 第4条 by its words', () => {
		const link = index.get('xiang-ren-she-fa-2024-40/6')!.find((l) => l.key === 'xiang-zheng-ban-fa-2018-82/2-4');
		expect(link?.reasons).toContainEqual({ kind: 'text' });
	});

	it('finds that 湘教通〔2024〕23号 carries out the 产教联合体 task of 湘政函〔2023〕168号 二（二）1', () => {
		const links = index.get('xiang-zheng-han-2023-168/2-2-1')!;
		const from23 = links.filter((l) => l.key.startsWith('xiang-jiao-tong-2024-23/'));
		// The notice says it implements the task (curated reference), and its goal restates it.
		expect(from23[0]).toMatchObject({ key: 'xiang-jiao-tong-2024-23/preamble', reasons: [{ kind: 'ref', relation: 'implements', outgoing: false }] });
		expect(from23.find((l) => l.key === 'xiang-jiao-tong-2024-23/1')?.reasons).toContainEqual({ kind: 'text' });
		expect(from23.find((l) => l.key === 'xiang-jiao-tong-2024-23/1')?.reasons).toContainEqual({ kind: 'topic', topic: 'industry-education-consortium' });
	});

	it(`reaches precision ≥ 0.9 and recall ≥ 0.85 (thresholds: text ${RELATED_THRESHOLDS.text}, topic ${RELATED_THRESHOLDS.topicText})`, () => {
		const tp = labels.positive.filter((p) => isRelated(index, p.a, p.b));
		const fn = labels.positive.filter((p) => !isRelated(index, p.a, p.b));
		const fp = labels.negative.filter((p) => isRelated(index, p.a, p.b));
		const precision = tp.length / (tp.length + fp.length);
		const recall = tp.length / labels.positive.length;
		console.log(
			[
				`related clauses on ${labels.positive.length} positive + ${labels.negative.length} negative labelled pairs:`,
				`  precision ${precision.toFixed(3)} (${tp.length}/${tp.length + fp.length}), recall ${recall.toFixed(3)} (${tp.length}/${labels.positive.length})`,
				...fp.map((p) => `  false positive: ${p.a} ⇄ ${p.b} (${p.why})`),
				...fn.map((p) => `  missed: ${p.a} ⇄ ${p.b} (${p.why})`),
			].join('\n'),
		);
		expect(precision).toBeGreaterThanOrEqual(0.9);
		expect(recall).toBeGreaterThanOrEqual(0.85);
	});

	it('is symmetric', () => {
		for (const [key, links] of index) for (const l of links) expect(isRelated(index, l.key, key), `${l.key} → ${key}`).toBe(true);
	});
});
