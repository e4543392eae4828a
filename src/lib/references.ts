import type { Corpus, CorpusClause } from './corpus';
import type { Ref } from './schema/ref';

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

function points(ref: Ref, to: RefTargetKey): boolean {
	if ('external' in to) return ref.external === to.external;
	if (ref.doc !== to.doc) return false;
	return to.clause === undefined || ref.clause === to.clause;
}

/**
 * Every curated reference to a document (any of its clauses or the document as a whole), to one clause, or
 * to an external document, in corpus order. A clause never counts as citing itself; for a whole document
 * only other documents count, since a document pointing at its own attachments is structure, not citation.
 */
export function refsTo(corpus: Corpus, to: RefTargetKey): IncomingRef[] {
	const out: IncomingRef[] = [];
	for (const c of corpus.clauses) {
		if ('doc' in to && to.clause === undefined && c.doc === to.doc) continue;
		if ('doc' in to && to.clause !== undefined && c.doc === to.doc && c.id === to.clause) continue;
		for (const ref of c.data.refs) if (points(ref, to)) out.push({ from: c, ref });
	}
	return out;
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
