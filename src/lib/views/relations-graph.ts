import type { Corpus } from '../corpus';
import { documentRelations, type Relation } from '../citations/references';
import type { RelatedLink } from '../corpus/related';
import { docUrl, externalUrl } from '../urls';

/**
 * The document relationship view, laid out at build time as plain SVG geometry (no client library):
 * the corpus documents in a column, oldest first; external documents they cite in a column to the right;
 * references between corpus documents as arcs on the left. Content overlap (related clauses found from the
 * text and topics) links every pair of these documents, so it is tabulated (`similarPairs`), not drawn.
 */

export type EdgeKind = Relation;

export interface GraphNode {
	key: string;
	kind: 'doc' | 'external';
	href: string;
	/** First line (发文字号, or the external title). */
	label: string;
	/** Second line (short title, or number/issuer). */
	sub: string;
	/** Full name for screen readers and tooltips. */
	name: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface GraphEdge {
	from: string;
	to: string;
	kind: EdgeKind;
	/** Clause-level references behind the edge. */
	count: number;
	/** SVG path data. */
	d: string;
	/** Where to put the label. */
	lx: number;
	ly: number;
	label: string;
}

export interface RelationsGraph {
	width: number;
	height: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export const EDGE_LABEL: Record<EdgeKind, string> = { cites: '引用', implements: '贯彻落实', restates: '重申' };

const DOC = { x: 130, w: 250, h: 56, gap: 44 };
const EXT = { x: 450, w: 240, h: 50, gap: 14 };
const TOP = 20;

/** Cut to n characters with an ellipsis. */
function cut(s: string, n: number): string {
	return [...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s;
}

/** Content overlap between two documents: related clause pairs found from text or shared topics. */
export function similarPairs(related: Map<string, RelatedLink[]>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const [key, links] of related) {
		const doc = key.split('/')[0]!;
		for (const l of links) {
			const other = l.key.split('/')[0]!;
			if (doc >= other || !l.reasons.some((r) => r.kind === 'text' || r.kind === 'topic')) continue;
			const k = `${doc}|${other}`;
			counts.set(k, (counts.get(k) ?? 0) + 1);
		}
	}
	return counts;
}

export function relationsGraph(corpus: Corpus): RelationsGraph {
	// corpus.docs is in display order, which is chronological.
	const docs = corpus.docs;
	const nodes = new Map<string, GraphNode>();
	docs.forEach((d, i) => {
		nodes.set(d.slug, {
			key: d.slug,
			kind: 'doc',
			href: docUrl(d.slug),
			label: d.data.number,
			sub: cut(d.data.shortTitle ?? d.data.title, 17),
			name: `${d.data.number} ${d.data.shortTitle ?? d.data.title}`,
			x: DOC.x,
			y: TOP + i * (DOC.h + DOC.gap),
			w: DOC.w,
			h: DOC.h,
		});
	});
	const rels = documentRelations(corpus);
	// External documents sit beside their (first) citer, in citing order, pushed down to avoid overlap.
	const externals = [...new Set(rels.filter((r) => 'external' in r.to).map((r) => (r.to as { external: string }).external))]
		.map((id) => {
			const citers = rels.filter((r) => 'external' in r.to && r.to.external === id).map((r) => nodes.get(r.from)!.y);
			return { id, want: Math.min(...citers) };
		})
		.sort((a, b) => a.want - b.want || a.id.localeCompare(b.id));
	let next = TOP;
	for (const { id, want } of externals) {
		const x = corpus.externalDoc.get(id)!;
		const y = Math.max(next, want);
		nodes.set(`x:${id}`, { key: `x:${id}`, kind: 'external', href: externalUrl(id), label: cut(x.title, 15), sub: x.number ?? x.issuer ?? '本库未收录全文', name: `《${x.title}》${x.number ? `（${x.number}）` : ''}`, x: EXT.x, y, w: EXT.w, h: EXT.h });
		next = y + EXT.h + EXT.gap;
	}
	const edges: GraphEdge[] = [];
	const arc = (from: GraphNode, to: GraphNode, bulge: number) => {
		const y1 = from.y + from.h / 2;
		const y2 = to.y + to.h / 2;
		const x = from.x;
		return { d: `M ${x} ${y1} C ${x - bulge} ${y1}, ${x - bulge} ${y2}, ${x} ${y2}`, lx: x - bulge * 0.75, ly: (y1 + y2) / 2 };
	};
	for (const r of rels) {
		const from = nodes.get(r.from)!;
		const to = nodes.get('external' in r.to ? `x:${r.to.external}` : r.to.doc)!;
		const label = `${EDGE_LABEL[r.relation]}${r.refs.length > 1 ? ` ×${r.refs.length}` : ''}`;
		if (to.kind === 'external') {
			const x1 = from.x + from.w;
			const y1 = from.y + from.h / 2;
			const x2 = to.x;
			const y2 = to.y + to.h / 2;
			// Several edges leave each document towards the right: only counts above one get a label there,
			// the relation itself is told by the line style (legend) and the table below the figure.
			edges.push({ from: from.key, to: to.key, kind: r.relation, count: r.refs.length, d: `M ${x1} ${y1} C ${x1 + 40} ${y1}, ${x2 - 40} ${y2}, ${x2} ${y2}`, lx: (x1 + x2) / 2, ly: (y1 + y2) / 2 - 4, label: r.refs.length > 1 ? `×${r.refs.length}` : '' });
		} else {
			const span = Math.abs(to.y - from.y) / (DOC.h + DOC.gap);
			edges.push({ from: from.key, to: to.key, kind: r.relation, count: r.refs.length, ...arc(from, to, 30 + 22 * span), label });
		}
	}
	const height = Math.max(...[...nodes.values()].map((n) => n.y + n.h)) + TOP;
	return { width: EXT.x + EXT.w + 10, height, nodes: [...nodes.values()], edges };
}
