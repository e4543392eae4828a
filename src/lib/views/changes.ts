import type { Corpus, CorpusDoc } from '../corpus';
import type { ChangeEntry, ChangeKind } from '../schema/lifecycle';

/** 变更记录 as pages and feeds show it: newest first, each with a stable number (its place in the file, from 1). */

export const CHANGE_LABEL: Record<ChangeKind, string> = { added: '新增', 'text-corrected': '文字更正', 'facts-revised': '事实修订', 'status-changed': '状态变更' };

export interface LoggedChange {
	doc: CorpusDoc;
	/** 1-based position in the document's `changes`; entries are append-only, so it never changes. */
	n: number;
	entry: ChangeEntry;
	/** Anchor on the document page. */
	anchor: string;
}

const logged = (doc: CorpusDoc): LoggedChange[] => doc.data.changes.map((entry, i) => ({ doc, n: i + 1, entry, anchor: `change-${i + 1}` }));

const newestFirst = (a: LoggedChange, b: LoggedChange) => b.entry.date.localeCompare(a.entry.date) || b.n - a.n || a.doc.data.order - b.doc.data.order;

/** A document's change log, newest first. */
export function documentChanges(doc: CorpusDoc): LoggedChange[] {
	return logged(doc).sort(newestFirst);
}

/** The entries that touched a clause: those naming it and those about its whole document. */
export function clauseChanges(doc: CorpusDoc, clauseId: string): LoggedChange[] {
	return documentChanges(doc).filter((c) => !c.entry.clauses || c.entry.clauses.includes(clauseId));
}

/** Every change in the library, newest first. */
export function libraryChanges(corpus: Corpus): LoggedChange[] {
	return corpus.docs.flatMap(logged).sort(newestFirst);
}
