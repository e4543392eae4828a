import { createHash } from 'node:crypto';
import type { ChangeEntry, ChangeKind } from '../schema/lifecycle';
import type { ContentIssue } from './error-map';
import type { ValidContent } from './validate';
import { squash } from './noise';

/**
 * The change log is enforced: `permalinks.json` keeps, under `contentHashes`, a hash of every clause's text and
 * facts and of every document's lifecycle, with the number of change entries the document had when they were
 * recorded. A clause whose text or facts differ from the record needs a change entry appended since then that
 * covers it, of a kind that fits; `npx tsx scripts/permalinks.ts` then records the new hashes (it refuses while
 * a change is unlogged, so recording cannot launder one).
 */

export interface ClauseHash {
	/** The verbatim text with its label and title (white space ignored). */
	text: string;
	/** Everything curated about it: kind, parent, obligations, targets, responsible, deadlines, topics, refs, quality, lifecycle. */
	facts: string;
}

export interface DocumentHash {
	lifecycle: string;
	/** How many change entries the document had when recorded. */
	entries: number;
}

export interface ContentHashes {
	documents: Record<string, DocumentHash>;
	clauses: Record<string, ClauseHash>;
}

/**
 * JSON with keys sorted, so the hash does not depend on the order fields are written in, and without absent or
 * empty-list fields, so a new schema field that defaults to an empty list does not count as a change of every clause.
 */
function stable(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
	if (v && typeof v === 'object') {
		return `{${Object.keys(v)
			.filter((k) => {
				const x = (v as Record<string, unknown>)[k];
				return x !== undefined && !(Array.isArray(x) && x.length === 0);
			})
			.sort()
			.map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v);
}

const hash = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex').slice(0, 16);

/** The hashes of the content as it is now. */
export function contentHashes(content: ValidContent): ContentHashes {
	const documents: Record<string, DocumentHash> = {};
	for (const [slug, d] of [...content.documents].sort(([a], [b]) => a.localeCompare(b))) documents[slug] = { lifecycle: hash(stable(d.lifecycle)), entries: d.changes.length };
	const clauses: Record<string, ClauseHash> = {};
	for (const c of [...content.clauses].sort((a, b) => `${a.doc}/${a.id}`.localeCompare(`${b.doc}/${b.id}`))) {
		// Order moves when a clause is inserted before; the label and title are text.
		const { doc: _d, label, title, order: _o, ...facts } = c.data;
		clauses[`${c.doc}/${c.id}`] = { text: hash(`${squash(c.text)}\u0000${label}\u0000${title ?? ''}`), facts: hash(stable(facts)) };
	}
	return { documents, clauses };
}

/** The kinds of entry that account for each kind of change. */
export const ACCEPTS: Record<'added' | 'text' | 'facts' | 'lifecycle' | 'removed', ChangeKind[]> = {
	added: ['added'],
	text: ['text-corrected'],
	facts: ['facts-revised', 'text-corrected'],
	lifecycle: ['status-changed', 'facts-revised'],
	removed: ['added', 'text-corrected', 'facts-revised', 'status-changed'],
};

const KIND_WORD: Record<keyof typeof ACCEPTS, string> = { added: 'is new', text: 'text changed', facts: 'facts changed', lifecycle: 'lifecycle (status, dates, 文种, relations) changed', removed: 'was removed' };

/** An unlogged change: which clause (or the document), what changed, the entry kinds that would log it. */
export interface UnloggedChange {
	doc: string;
	/** Absent: the document's lifecycle, or the document as a whole. */
	clause?: string;
	change: keyof typeof ACCEPTS;
}

const covers = (e: ChangeEntry, clause: string | undefined) => !clause || !e.clauses || e.clauses.includes(clause);

/** Changes since `recorded` that no change entry appended since then accounts for. */
export function unloggedChanges(recorded: ContentHashes, content: ValidContent): { unlogged: UnloggedChange[]; removedEntries: string[] } {
	const now = contentHashes(content);
	const unlogged: UnloggedChange[] = [];
	const removedEntries: string[] = [];
	for (const [slug, d] of content.documents) {
		const was = recorded.documents[slug];
		const fresh = d.changes.slice(was?.entries ?? 0);
		const logged = (change: keyof typeof ACCEPTS, clause?: string) => fresh.some((e) => ACCEPTS[change].includes(e.kind) && covers(e, clause));
		if (!was) {
			if (!logged('added')) unlogged.push({ doc: slug, change: 'added' });
			continue;
		}
		if (d.changes.length < was.entries) removedEntries.push(slug);
		if (now.documents[slug]!.lifecycle !== was.lifecycle && !logged('lifecycle')) unlogged.push({ doc: slug, change: 'lifecycle' });
		const prefix = `${slug}/`;
		for (const [key, h] of Object.entries(now.clauses)) {
			if (!key.startsWith(prefix)) continue;
			const id = key.slice(prefix.length);
			const r = recorded.clauses[key];
			const change = !r ? 'added' : r.text !== h.text ? 'text' : r.facts !== h.facts ? 'facts' : undefined;
			if (change && !logged(change, id)) unlogged.push({ doc: slug, clause: id, change });
		}
		for (const key of Object.keys(recorded.clauses)) {
			if (key.startsWith(prefix) && !(key in now.clauses) && !logged('removed')) unlogged.push({ doc: slug, clause: key.slice(prefix.length), change: 'removed' });
		}
	}
	return { unlogged, removedEntries };
}

/** The same, as content issues that say what to append and which command records it. */
export function changeLogIssues(recorded: ContentHashes | undefined, content: ValidContent): ContentIssue[] {
	if (!recorded) return [];
	const { unlogged, removedEntries } = unloggedChanges(recorded, content);
	const file = (slug: string) => `content/documents/${slug}.yaml`;
	return [
		...removedEntries.map((slug) => ({ file: file(slug), field: 'changes', message: 'has fewer entries than permalinks.json recorded: change entries are never removed; restore them' })),
		...unlogged.map((u) => ({
			file: file(u.doc),
			field: 'changes',
			message: `${u.clause ? `clause ${u.clause}` : 'the document'} ${KIND_WORD[u.change]} since permalinks.json recorded it, and no change entry appended since covers it: append one (date, kind: ${ACCEPTS[u.change].join(' or ')}, what, reason${u.clause && u.change !== 'removed' ? `, clauses: [${u.clause}]` : ''}), then run \`npx tsx scripts/permalinks.ts\` (or log many at once: \`npx tsx scripts/changes.ts --kind … --what … --reason …\`)`,
		})),
	];
}
