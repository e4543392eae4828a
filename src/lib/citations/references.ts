import type { Corpus, CorpusClause } from '../corpus';
import type { Ref } from '../schema/ref';

/** How the citing text relates to what it names (schema: `refs[].relation`). */
export type Relation = Ref['relation'];

export const RELATION_LABEL: Record<Relation, string> = { cites: '引用', implements: '贯彻落实', restates: '重申' };

/** The same relation seen from the cited side. */
export const RELATION_PASSIVE: Record<Relation, string> = { cites: '被引用', implements: '被贯彻落实', restates: '被重申' };

export type RefTargetKey = { doc: string; clause?: string } | { external: string };

/** A curated reference pointing at something, with the clause it is written in. */
export interface IncomingRef {
	from: CorpusClause;
	ref: Ref;
}

/** Incoming references by target, built once per corpus: pages ask for them thousands of times at scale. */
const incoming = new WeakMap<Corpus, Map<string, IncomingRef[]>>();

const targetKey = (to: RefTargetKey) => ('external' in to ? `x:${to.external}` : to.clause === undefined ? `d:${to.doc}` : `c:${to.doc}/${to.clause}`);

function incomingIndex(corpus: Corpus): Map<string, IncomingRef[]> {
	let index = incoming.get(corpus);
	if (index) return index;
	index = new Map();
	const add = (key: string, r: IncomingRef) => (index!.get(key) ?? index!.set(key, []).get(key)!).push(r);
	for (const c of corpus.clauses) {
		for (const ref of c.data.refs) {
			if (ref.external) add(`x:${ref.external}`, { from: c, ref });
			if (!ref.doc) continue;
			if (c.doc !== ref.doc) add(`d:${ref.doc}`, { from: c, ref });
			if (ref.clause && !(c.doc === ref.doc && c.id === ref.clause)) add(`c:${ref.doc}/${ref.clause}`, { from: c, ref });
		}
	}
	incoming.set(corpus, index);
	return index;
}

/**
 * Every curated reference to a document (any of its clauses or the document as a whole), to one clause, or
 * to an external document, in corpus order. A clause never counts as citing itself; for a whole document
 * only other documents count, since a document pointing at its own attachments is structure, not citation.
 */
export function refsTo(corpus: Corpus, to: RefTargetKey): IncomingRef[] {
	return incomingIndex(corpus).get(targetKey(to)) ?? [];
}

/** A relation between two documents, or a document and an external one, summed over clauses. */
export interface DocRelation {
	from: string;
	to: RefTargetKey;
	relation: Relation;
	/** The clauses that carry it. */
	refs: IncomingRef[];
}

/** Curated references between documents (self-references left out), grouped by source, target and relation. */
export function documentRelations(corpus: Corpus): DocRelation[] {
	const byKey = new Map<string, DocRelation>();
	for (const c of corpus.clauses) {
		for (const ref of c.data.refs) {
			if (ref.doc === c.doc) continue;
			const to: RefTargetKey = ref.external ? { external: ref.external } : { doc: ref.doc! };
			const key = `${c.doc}>${ref.external ? `x:${ref.external}` : ref.doc}>${ref.relation}`;
			const rel = byKey.get(key) ?? { from: c.doc, to, relation: ref.relation, refs: [] };
			rel.refs.push({ from: c, ref });
			byKey.set(key, rel);
		}
	}
	return [...byKey.values()];
}
