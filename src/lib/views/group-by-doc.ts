import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';

export interface DocGroup<T> {
	doc: CorpusDoc;
	items: T[];
}

/** Items about clauses, grouped by document in display order; within a document in clause order (stable). */
export function groupByDoc<T extends { clause: CorpusClause }>(corpus: Corpus, items: T[]): DocGroup<T>[] {
	const byDoc = new Map<string, T[]>();
	for (const item of items) {
		const list = byDoc.get(item.clause.doc) ?? [];
		list.push(item);
		byDoc.set(item.clause.doc, list);
	}
	return corpus.docs
		.filter((d) => byDoc.has(d.slug))
		.map((doc) => ({ doc, items: [...byDoc.get(doc.slug)!].sort((a, b) => a.clause.data.order - b.clause.data.order) }));
}
