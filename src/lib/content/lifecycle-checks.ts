import type { DocumentData } from '../schema/document';
import type { ExternalData } from '../schema/external';
import type { ClauseData } from '../schema/clause';
import { NOT_STATED, type DocRelation, type Evidence } from '../schema/lifecycle';
import type { ContentIssue } from './error-map';
import { datesIn, numbersIn } from './numbers';
import { quoteIn } from './validate';
import type { RawContent } from './read';

/**
 * Lifecycle facts (status, dates, 文种, relations) and change logs are checked like every other fact: each quote
 * must be in the text it names, every target must exist. Called by `validateContent` with the clause texts.
 */

export interface LifecycleContext {
	documents: Map<string, DocumentData>;
	external: Map<string, ExternalData>;
	/** `<doc>/<clause>` → plain verbatim text. */
	texts: Map<string, string>;
}

type At = (path: PropertyKey[], field: string, message: string) => void;

const fieldOf = (path: PropertyKey[]) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');

/** The printed lines of a document (title, heading…), where a quote without `clause` must be. */
const printedText = (d: DocumentData | undefined) => (d?.printed ?? []).map((p) => p.text).join('\n');

/** Check one quote against the clause or printed lines it names; `self` is the document described (undefined: external). */
function checkEvidence(e: Evidence, path: PropertyKey[], self: string | undefined, ctx: LifecycleContext, at: At): void {
	const doc = e.doc ?? self;
	if (!doc) return at([...path, 'doc'], fieldOf([...path, 'doc']), 'is required for an external document: name the corpus document whose text states this');
	if (!ctx.documents.has(doc)) return at([...path, 'doc'], fieldOf([...path, 'doc']), `unknown document \`${doc}\``);
	if (e.clause) {
		const text = ctx.texts.get(`${doc}/${e.clause}`);
		if (text === undefined) return at([...path, 'clause'], fieldOf([...path, 'clause']), `unknown clause \`${e.clause}\` in ${doc}`);
		if (!quoteIn(e.quote, text)) at([...path, 'quote'], fieldOf([...path, 'quote']), `"${e.quote.slice(0, 40)}" is not in clause ${e.clause} of ${doc}: copy the words exactly from that clause`);
	} else if (!quoteIn(e.quote, printedText(ctx.documents.get(doc)))) {
		at([...path, 'quote'], fieldOf([...path, 'quote']), `"${e.quote.slice(0, 40)}" is not in a printed line of ${doc}: copy a title or heading line exactly, or name the \`clause\` that holds the words`);
	}
}

function checkRelation(r: DocRelation, path: PropertyKey[], self: string | undefined, ctx: LifecycleContext, clauseData: Map<string, ClauseData>, at: At): void {
	const where = r.in ?? self;
	if (!where) return at([...path, 'in'], fieldOf([...path, 'in']), 'is required for an external document: name the corpus document whose clause states the relation');
	checkEvidence({ quote: r.quote, doc: where, clause: r.clause }, path, self, ctx, at);
	if (r.doc && !ctx.documents.has(r.doc)) at([...path, 'doc'], fieldOf([...path, 'doc']), `unknown document \`${r.doc}\``);
	if (r.external && !ctx.external.has(r.external)) at([...path, 'external'], fieldOf([...path, 'external']), `unknown external document \`${r.external}\`: add it to content/external.yaml`);
	if (r.doc === self && r.doc) at([...path, 'doc'], fieldOf([...path, 'doc']), 'a document cannot relate to itself');
	// The stating clause must link the other document too, so the text and the relation cannot disagree.
	const refs = clauseData.get(`${where}/${r.clause}`)?.refs ?? [];
	if (ctx.texts.has(`${where}/${r.clause}`) && !refs.some((x) => (r.doc ? x.doc === r.doc : x.external === r.external))) {
		at([...path, 'clause'], fieldOf([...path, 'clause']), `clause ${r.clause} of ${where} has no \`refs\` entry for ${r.doc ?? r.external}: add one whose quote names it`);
	}
}

/** Problems with one document's lifecycle and change log. */
export function documentLifecycleIssues(file: string, lineOf: (p: PropertyKey[]) => number, slug: string, d: DocumentData, ctx: LifecycleContext, clauseData: Map<string, ClauseData>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const at: At = (path, field, message) => issues.push({ file, line: lineOf(path), field, message });
	const l = d.lifecycle;
	const base = ['lifecycle'];
	if (l.evidence !== NOT_STATED) checkEvidence(l.evidence, [...base, 'evidence'], slug, ctx, at);
	if (l.effective) {
		checkEvidence(l.effective, [...base, 'effective'], slug, ctx, at);
		if (l.effective.kind === 'from-date' && (!l.effective.date || !datesIn(l.effective.quote).includes(l.effective.date))) at([...base, 'effective', 'date'], 'lifecycle.effective.date', `must be the date written in its quote "${l.effective.quote}"`);
	}
	if (l.validity) {
		checkEvidence(l.validity, [...base, 'validity'], slug, ctx, at);
		if (!numbersIn(l.validity.quote).includes(l.validity.years)) at([...base, 'validity', 'years'], 'lifecycle.validity.years', `${l.validity.years} is not written in its quote "${l.validity.quote}"`);
	}
	for (const key of ['type', 'enclosedType'] as const) {
		const t = l[key];
		if (!t) continue;
		checkEvidence(t, [...base, key], slug, ctx, at);
		if (!t.quote.includes(t.name)) at([...base, key, 'name'], `lifecycle.${key}.name`, `"${t.name}" is not in its quote "${t.quote}": the 文种 is as printed`);
	}
	if (l.planningPeriod) {
		const p = l.planningPeriod;
		const text = ctx.texts.get(`${slug}/${p.clause}`);
		if (text === undefined) at([...base, 'planningPeriod', 'clause'], 'lifecycle.planningPeriod.clause', `unknown clause \`${p.clause}\` in ${slug}`);
		else if (!quoteIn(p.words, text)) at([...base, 'planningPeriod', 'words'], 'lifecycle.planningPeriod.words', `"${p.words}" is not in clause ${p.clause}: the planning period must be stated by the clause named`);
		if (p.kind === 'by' && p.year === undefined) at([...base, 'planningPeriod', 'year'], 'lifecycle.planningPeriod.year', 'is required for kind `by`');
		if (p.kind === 'within' && p.months === undefined) at([...base, 'planningPeriod', 'months'], 'lifecycle.planningPeriod.months', 'is required for kind `within`');
	}
	l.relations.forEach((r, i) => checkRelation(r, [...base, 'relations', i], slug, ctx, clauseData, at));
	let last = '';
	d.changes.forEach((c, i) => {
		if (c.date < last) at(['changes', i, 'date'], `changes[${i}].date`, `${c.date} is earlier than the entry before it (${last}): append new entries at the end, oldest first`);
		last = c.date;
		c.clauses?.forEach((id, j) => {
			if (!ctx.texts.has(`${slug}/${id}`)) at(['changes', i, 'clauses', j], `changes[${i}].clauses[${j}]`, `unknown clause \`${id}\` in ${slug}`);
		});
	});
	return issues;
}

/** Problems with one external document's lifecycle: the same rules, every quote from a named corpus document. */
export function externalLifecycleIssues(file: string, lineOf: (p: PropertyKey[]) => number, index: number, x: ExternalData, ctx: LifecycleContext, clauseData: Map<string, ClauseData>): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const at: At = (path, field, message) => issues.push({ file, line: lineOf([index, ...path]), field: `[${index}].${field}`, message });
	const l = x.lifecycle;
	if (l.evidence !== NOT_STATED) checkEvidence(l.evidence, ['lifecycle', 'evidence'], undefined, ctx, at);
	if (l.effective) checkEvidence(l.effective, ['lifecycle', 'effective'], undefined, ctx, at);
	if (l.validity) checkEvidence(l.validity, ['lifecycle', 'validity'], undefined, ctx, at);
	if (l.type) {
		checkEvidence(l.type, ['lifecycle', 'type'], undefined, ctx, at);
		if (!l.type.quote.includes(l.type.name)) at(['lifecycle', 'type', 'name'], 'lifecycle.type.name', `"${l.type.name}" is not in its quote "${l.type.quote}": the 文种 is as printed`);
	}
	l.relations.forEach((r, i) => checkRelation(r, ['lifecycle', 'relations', i], undefined, ctx, clauseData, at));
	return issues;
}

/** A clause's own status quote, checked against the clause (or the document) it names. */
export function clauseLifecycleIssues(file: string, lineOf: (p: PropertyKey[]) => number, self: { doc: string; id: string }, data: ClauseData, ctx: LifecycleContext): ContentIssue[] {
	const issues: ContentIssue[] = [];
	if (!data.lifecycle) return issues;
	const at: At = (path, field, message) => issues.push({ file, line: lineOf(path), field, message });
	const e = data.lifecycle.evidence;
	checkEvidence({ ...e, clause: e.clause ?? (e.doc ? undefined : self.id) }, ['lifecycle', 'evidence'], self.doc, ctx, at);
	return issues;
}

/** Every lifecycle and change-log problem of the content: documents, external documents, clauses. */
export function lifecycleIssues(raw: RawContent, ctx: LifecycleContext, clauses: { file: string; doc: string; id: string; data: ClauseData }[]): ContentIssue[] {
	const clauseData = new Map(clauses.map((c) => [`${c.doc}/${c.id}`, c.data]));
	const issues: ContentIssue[] = [];
	for (const d of raw.documents) {
		const data = ctx.documents.get(d.slug);
		if (data) issues.push(...documentLifecycleIssues(d.file, d.lineOf, d.slug, data, ctx, clauseData));
	}
	raw.external.data.forEach((item, i) => {
		const x = ctx.external.get((item as { id?: string })?.id ?? '');
		if (x) issues.push(...externalLifecycleIssues(raw.external.file, raw.external.lineOf, i, x, ctx, clauseData));
	});
	const rawClause = new Map(raw.clauses.map((c) => [`${c.folder}/${c.id}`, c]));
	for (const c of clauses) {
		const r = rawClause.get(`${c.doc}/${c.id}`);
		if (r) issues.push(...clauseLifecycleIssues(c.file, r.lineOf, c, c.data, ctx));
	}
	return issues;
}
