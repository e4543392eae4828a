import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { relationsGraph, similarPairs } from '../../src/lib/views/relations-graph';
import { relatedIndex, relatedInput } from '../../src/lib/corpus/related';

const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
const g = relationsGraph(corpus);

describe('relations graph', () => {
	it('has every corpus document, oldest first, and every cited external document', () => {
		expect(g.nodes.filter((n) => n.kind === 'doc').map((n) => n.key)).toEqual(corpus.docs.map((d) => d.slug));
		expect(g.nodes.filter((n) => n.kind === 'external').map((n) => n.key.slice(2)).sort()).toEqual(corpus.external.map((x) => x.id).sort());
	});
	it('draws who implements and who restates whom', () => {
		const e = g.edges.map((x) => `${x.from} ${x.kind} ${x.to}`);
		expect(e).toContain('xiang-jiao-tong-2024-23 implements xiang-zheng-han-2023-168');
		expect(e).toContain('xiang-ren-she-fa-2024-40 restates xiang-zheng-ban-fa-2018-82');
		expect(e).toContain('xiang-ren-she-fa-2024-40 implements x:zhongfa-2024-18');
	});
	it('keeps boxes inside the canvas and apart from each other, and arcs inside the canvas', () => {
		for (const n of g.nodes) {
			expect(n.x >= 0 && n.y >= 0 && n.x + n.w <= g.width && n.y + n.h <= g.height, n.key).toBe(true);
			for (const m of g.nodes) if (m !== n) expect(n.x + n.w <= m.x || m.x + m.w <= n.x || n.y + n.h <= m.y || m.y + m.h <= n.y, `${n.key} overlaps ${m.key}`).toBe(true);
		}
		for (const e of g.edges) for (const v of e.d.match(/-?\d+(?:\.\d+)?/g)!.map(Number)) expect(v).toBeGreaterThanOrEqual(0);
	});
	it('counts related clause pairs between every two documents', () => {
		const pairs = similarPairs(relatedIndex(corpus.clauses.map(relatedInput)));
		expect(pairs.get('xiang-ren-she-fa-2024-40|xiang-zheng-ban-fa-2018-82')).toBeGreaterThan(0);
		expect([...pairs.keys()].every((k) => k.split('|')[0]! < k.split('|')[1]!)).toBe(true);
	});
});
