import type { Corpus } from '../corpus';
import type { DocRelation, DocRelationKind } from '../schema/lifecycle';
import { docUrl, externalUrl } from '../urls';

/**
 * Implementation chains: which documents a document implements (up) and which implement it (down), through
 * corpus and external documents alike, from the relations each document states (`lifecycle.relations`).
 */

export type ChainNodeKey = { doc: string } | { external: string };

export interface ChainEdge {
	from: ChainNodeKey;
	to: ChainNodeKey;
	relation: DocRelationKind;
	/** The words that state the relation and the clause that holds them. */
	quote: string;
	evidence: { doc: string; clause: string };
}

export interface ChainTree {
	node: ChainNodeKey;
	/** The edge that led here (absent at the root). */
	via?: ChainEdge;
	children: ChainTree[];
}

export const RELATION_UP: Record<DocRelationKind, string> = { implements: '贯彻落实', supersedes: '废止并代替', amends: '修改' };
export const RELATION_DOWN: Record<DocRelationKind, string> = { implements: '被贯彻落实', supersedes: '被废止并代替', amends: '被修改' };

const keyOf = (n: ChainNodeKey) => ('doc' in n ? `d:${n.doc}` : `x:${n.external}`);
const target = (r: DocRelation): ChainNodeKey => (r.doc ? { doc: r.doc } : { external: r.external! });

/** Every stated relation between documents, corpus and external. */
export function chainEdges(corpus: Corpus): ChainEdge[] {
	const edges: ChainEdge[] = [];
	for (const d of corpus.docs) {
		for (const r of d.data.lifecycle.relations) edges.push({ from: { doc: d.slug }, to: target(r), relation: r.relation, quote: r.quote, evidence: { doc: r.in ?? d.slug, clause: r.clause } });
	}
	for (const x of corpus.external) {
		for (const r of x.lifecycle.relations) edges.push({ from: { external: x.id }, to: target(r), relation: r.relation, quote: r.quote, evidence: { doc: r.in!, clause: r.clause } });
	}
	return edges;
}

function grow(node: ChainNodeKey, next: (n: ChainNodeKey) => { node: ChainNodeKey; edge: ChainEdge }[], seen: Set<string>, via?: ChainEdge): ChainTree {
	const k = keyOf(node);
	if (seen.has(k)) return { node, via, children: [] };
	const inner = new Set(seen).add(k);
	return { node, via, children: next(node).map((n) => grow(n.node, next, inner, n.edge)) };
}

/** The chain above and below a document: what it carries out, what carries it out, to any depth (no cycles). */
export function implementationChain(corpus: Corpus, node: ChainNodeKey): { up: ChainTree[]; down: ChainTree[] } {
	const edges = chainEdges(corpus);
	const k = keyOf(node);
	const up = (n: ChainNodeKey) => edges.filter((e) => keyOf(e.from) === keyOf(n)).map((e) => ({ node: e.to, edge: e }));
	const down = (n: ChainNodeKey) => edges.filter((e) => keyOf(e.to) === keyOf(n)).map((e) => ({ node: e.from, edge: e }));
	const seen = new Set([k]);
	return { up: up(node).map((n) => grow(n.node, up, seen, n.edge)), down: down(node).map((n) => grow(n.node, down, seen, n.edge)) };
}

/** Name, number and page of a chain node. */
export function chainNode(corpus: Corpus, n: ChainNodeKey): { title: string; number?: string; href: string; external: boolean } {
	if ('doc' in n) {
		const d = corpus.doc.get(n.doc);
		return { title: d?.data.shortTitle ?? d?.data.title ?? n.doc, number: d?.data.number, href: docUrl(n.doc), external: false };
	}
	const x = corpus.externalDoc.get(n.external);
	return { title: x?.title ?? n.external, number: x?.number, href: externalUrl(n.external), external: true };
}
