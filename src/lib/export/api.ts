import { apiDocumentFile, apiExport, type ApiClause, type ApiDocument, type ApiDocumentFile, type ApiExport } from '../schema';
import type { PrintedRole } from '../schema/document';
import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { apiDocumentUrl, clauseUrl } from '../urls';

const namer = (corpus: Corpus) => (id: string) => ({ id, name: corpus.unit.get(id)?.name ?? id });

/** The printed lines of a document that have a role, verbatim. */
export function printedOf(doc: CorpusDoc, role: PrintedRole): string[] {
	return doc.data.printed.filter((p) => p.role === role).map((p) => p.text);
}

/** A document with every printed line that is not a clause, as the open data shows it. */
export function exportDocument(corpus: Corpus, doc: CorpusDoc): ApiDocument {
	const unit = namer(corpus);
	const d = doc.data;
	return {
		slug: doc.slug,
		number: d.number,
		title: d.title,
		titleSource: d.titleSource,
		shortTitle: d.shortTitle ?? null,
		issuers: d.issuers.map(unit),
		addressees: { text: d.addressees, units: d.addresseeRoles.map(unit) },
		date: d.date,
		dateNote: d.dateNote ?? null,
		year: d.year,
		disclosure: d.disclosure ? { value: d.disclosure, line: printedOf(doc, 'disclosure')[0] ?? null } : null,
		letterhead: printedOf(doc, 'letterhead'),
		contact: printedOf(doc, 'contact'),
		attachments: d.attachments.map((a) => {
			const c = attachmentClause(corpus, doc, a.n);
			return { ...a, clause: c ? { id: c.id, url: c.url } : null };
		}),
		printed: d.printed,
		quality: d.quality,
		sourceFile: d.sourceFile,
		url: doc.url,
		api: apiDocumentUrl(doc.slug),
		lifecycle: d.lifecycle,
		changes: d.changes,
	};
}

/** The clause that holds attachment n (`att<n>`), when its text is in the corpus. */
export function attachmentClause(corpus: Corpus, doc: CorpusDoc, n: number): CorpusClause | undefined {
	const c = corpus.clause.get(`${doc.slug}/att${n}`);
	return c && doc.data.attachments.find((a) => a.n === n)?.status === 'present' ? c : undefined;
}

/** A clause with its verbatim text and structured data, unit ids resolved to names. */
export function exportClause(corpus: Corpus, c: CorpusClause): ApiClause {
	const name = (id: string) => corpus.unit.get(id)?.name ?? id;
	return {
		doc: c.doc,
		id: c.id,
		url: clauseUrl(c.doc, c.id),
		label: c.data.label,
		title: c.data.title ?? null,
		parent: c.data.parent ?? null,
		kind: c.data.kind,
		order: c.data.order,
		text: c.text,
		obligations: c.data.obligations.map((o) => ({ ...o, actorNames: o.actors.map(name) })),
		targets: c.data.targets,
		formLimits: c.data.formLimits,
		responsible: c.data.responsible.map((r) => ({ ...r, name: name(r.unit) })),
		deadlines: c.data.deadlines.map((d) => ({ ...d, whoNames: d.who.map(name), toNames: d.to.map(name) })),
		topics: c.data.topics,
		refs: c.data.refs,
		quality: c.data.quality,
		...(c.data.lifecycle ? { lifecycle: c.data.lifecycle } : {}),
	};
}

/** The open-data file `/api/clauses.json`, checked against the same schema that `/api/schema.json` publishes. */
export function buildExport(corpus: Corpus): ApiExport {
	return apiExport.parse({
		documents: corpus.docs.map((d) => exportDocument(corpus, d)),
		units: corpus.units.map((u) => ({ id: u.id, name: u.name, type: u.type, level: u.level, parents: u.parents, aliases: u.aliases })),
		topics: corpus.topics,
		external: corpus.external,
		clauses: corpus.clauses.map((c) => exportClause(corpus, c)),
	});
}

/** `/api/documents/<slug>.json`: one document and its clauses. */
export function buildDocumentExport(corpus: Corpus, doc: CorpusDoc): ApiDocumentFile {
	return apiDocumentFile.parse({ document: exportDocument(corpus, doc), clauses: doc.clauses.map((c) => exportClause(corpus, c)) });
}
