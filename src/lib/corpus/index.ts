import type { ClauseData } from '../schema/clause';
import type { DocumentData } from '../schema/document';
import type { UnitData } from '../schema/unit';
import type { TopicData } from '../schema/topic';
import type { ExternalData } from '../schema/external';
import { clauseUrl, docUrl } from '../urls';
import { unitHierarchy, type UnitHierarchy } from './hierarchy';
import { clausesNaming, perCorpusAndKey } from './unit-index';

/** A clause with everything the pages need; `data.doc` is the document slug. */
export interface CorpusClause {
	doc: string;
	id: string;
	/** `<doc>/<id>`: unique across the corpus. */
	key: string;
	data: Omit<ClauseData, 'doc'> & { doc: string };
	/** Plain verbatim text. */
	text: string;
	url: string;
}

export interface CorpusDoc {
	slug: string;
	data: DocumentData;
	url: string;
	clauses: CorpusClause[];
}

export interface Corpus {
	docs: CorpusDoc[];
	doc: Map<string, CorpusDoc>;
	clauses: CorpusClause[];
	clause: Map<string, CorpusClause>;
	units: UnitData[];
	unit: Map<string, UnitData>;
	/** Which units are kinds or parts of which (职业院校 ⊇ 高职院校). */
	hierarchy: UnitHierarchy;
	topics: TopicData[];
	topic: Map<string, TopicData>;
	external: ExternalData[];
	externalDoc: Map<string, ExternalData>;
}

export interface CorpusInput {
	documents: { slug: string; data: DocumentData }[];
	clauses: { doc: string; id: string; data: CorpusClause['data']; text: string }[];
	units: UnitData[];
	topics: TopicData[];
	external: ExternalData[];
}

/** Assemble the corpus: documents in display order, each with its clauses in document order. */
export function buildCorpus(input: CorpusInput): Corpus {
	const docs: CorpusDoc[] = input.documents
		.map((d) => ({ slug: d.slug, data: d.data, url: docUrl(d.slug), clauses: [] as CorpusClause[] }))
		.sort((a, b) => a.data.order - b.data.order);
	const doc = new Map(docs.map((d) => [d.slug, d]));
	for (const c of input.clauses) {
		doc.get(c.doc)?.clauses.push({ ...c, key: `${c.doc}/${c.id}`, url: clauseUrl(c.doc, c.id) });
	}
	for (const d of docs) d.clauses.sort((a, b) => a.data.order - b.data.order);
	const clauses = docs.flatMap((d) => d.clauses);
	return {
		docs,
		doc,
		clauses,
		clause: new Map(clauses.map((c) => [c.key, c])),
		units: input.units,
		unit: new Map(input.units.map((u) => [u.id, u])),
		hierarchy: unitHierarchy(input.units),
		topics: input.topics,
		topic: new Map(input.topics.map((t) => [t.id, t])),
		external: input.external,
		externalDoc: new Map(input.external.map((e) => [e.id, e])),
	};
}

export interface OutlineNode {
	clause: CorpusClause;
	children: OutlineNode[];
}

/** The document's clauses as a tree by `parent`. */
export function outline(d: CorpusDoc): OutlineNode[] {
	const nodes = new Map(d.clauses.map((c) => [c.id, { clause: c, children: [] as OutlineNode[] }]));
	const roots: OutlineNode[] = [];
	for (const c of d.clauses) {
		const node = nodes.get(c.id)!;
		const parent = c.data.parent ? nodes.get(c.data.parent) : undefined;
		(parent ? parent.children : roots).push(node);
	}
	return roots;
}

/** Enclosing clauses, outermost first. */
export function ancestors(corpus: Corpus, c: CorpusClause): CorpusClause[] {
	const out: CorpusClause[] = [];
	for (let p = c.data.parent; p; ) {
		const pc = corpus.clause.get(`${c.doc}/${p}`);
		if (!pc) break;
		out.unshift(pc);
		p = pc.data.parent;
	}
	return out;
}

/** Previous and next clause in document order. */
export function neighbours(corpus: Corpus, c: CorpusClause): { prev?: CorpusClause; next?: CorpusClause } {
	const list = corpus.doc.get(c.doc)?.clauses ?? [];
	const i = list.findIndex((x) => x.id === c.id);
	return { prev: list[i - 1], next: list[i + 1] };
}

/**
 * Does a clause's data count? A clause flagged `duplicate` repeats another (its flag names which): it renders with
 * its facts, but every count and view leaves it out, so a repeated sentence is counted once, on its original.
 */
export function countsFacts(c: Pick<CorpusClause, 'data'>): boolean {
	return !c.data.quality.some((q) => q.kind === 'duplicate');
}

/** Work derived from a whole corpus, done once per corpus however many pages ask for it (a corpus never changes). */
export function perCorpus<T>(compute: (corpus: Corpus) => T): (corpus: Corpus) => T {
	const cache = new WeakMap<Corpus, T>();
	return (corpus) => {
		if (!cache.has(corpus)) cache.set(corpus, compute(corpus));
		return cache.get(corpus)!;
	};
}

/** The clauses whose facts count, in corpus order. */
export const countedClauses: (corpus: Corpus) => CorpusClause[] = perCorpus((corpus) => corpus.clauses.filter(countsFacts));

export type UnitRole = 'actor' | 'responsible' | 'deadline';

/** Every clause that names a unit or role, and in which capacity (duplicates left out). */
export function unitClauses(corpus: Corpus, unitId: string): { clause: CorpusClause; roles: UnitRole[] }[] {
	const out: { clause: CorpusClause; roles: UnitRole[] }[] = [];
	for (const c of countedClauses(corpus)) {
		const roles = new Set<UnitRole>();
		if (c.data.obligations.some((o) => o.actors.includes(unitId))) roles.add('actor');
		if (c.data.responsible.some((r) => r.unit === unitId)) roles.add('responsible');
		if (c.data.deadlines.some((d) => d.who.includes(unitId) || d.to.includes(unitId))) roles.add('deadline');
		if (roles.size) out.push({ clause: c, roles: [...roles] });
	}
	return out;
}

/** Documents a unit issued or is addressed by. */
export function unitDocuments(corpus: Corpus, unitId: string): { doc: CorpusDoc; as: 'issuer' | 'addressee' }[] {
	return corpus.docs.flatMap((d) => [
		...(d.data.issuers.includes(unitId) ? [{ doc: d, as: 'issuer' as const }] : []),
		...(d.data.addresseeRoles.includes(unitId) ? [{ doc: d, as: 'addressee' as const }] : []),
	]);
}

/** Clauses tagged with a topic. */
export function topicClauses(corpus: Corpus, topicId: string): CorpusClause[] {
	return corpus.clauses.filter((c) => c.data.topics.includes(topicId));
}

/** An obligation that binds a unit: addressed to it, or (`via`) to a broader role it belongs to. */
export interface BindingObligation {
	clause: CorpusClause;
	obligation: ClauseData['obligations'][number];
	/** The broader unit the text addresses, when it does not name this one. */
	via?: string;
}

/**
 * Every obligation that binds a unit, directly or through a broader unit (面向全部职业院校; 市州教育（体）局 through
 * 市州人民政府 and 教育行政部门), in corpus order. Clauses flagged `duplicate` are left out (`countsFacts`). `via` is
 * the nearest broader unit the obligation names.
 */
export const obligationsBinding = perCorpusAndKey((corpus, unitId): BindingObligation[] => obligationsBindingAmong(corpus, unitId, clausesNaming(corpus, corpus.hierarchy.appliesVia(unitId))));

/** `obligationsBinding` over the given clauses (in corpus order): the rule itself, which tests apply to every clause. */
export function obligationsBindingAmong(corpus: Corpus, unitId: string, clauses: CorpusClause[]): BindingObligation[] {
	const via = corpus.hierarchy.appliesVia(unitId);
	return clauses.filter(countsFacts).flatMap((clause) =>
		clause.data.obligations.flatMap((obligation) => {
			if (obligation.actors.includes(unitId)) return [{ clause, obligation }];
			const broader = via.find((id) => obligation.actors.includes(id));
			return broader ? [{ clause, obligation, via: broader }] : [];
		}),
	);
}
