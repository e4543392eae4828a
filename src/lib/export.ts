import { apiExport, type ApiExport } from './schema';
import type { Corpus } from './corpus';

/** The open-data file `/api/clauses.json`, checked against the same schema that `/api/schema.json` publishes. */
export function buildExport(corpus: Corpus): ApiExport {
	const name = (id: string) => corpus.unit.get(id)?.name ?? id;
	const data = {
		documents: corpus.docs.map((d) => ({
			slug: d.slug,
			number: d.data.number,
			title: d.data.title,
			titleSource: d.data.titleSource,
			issuers: d.data.issuers.map((id) => ({ id, name: name(id) })),
			date: d.data.date,
			url: d.url,
		})),
		units: corpus.units.map((u) => ({ id: u.id, name: u.name, type: u.type, aliases: u.aliases })),
		topics: corpus.topics,
		external: corpus.external,
		clauses: corpus.clauses.map((c) => ({
			doc: c.doc,
			id: c.id,
			url: c.url,
			label: c.data.label,
			title: c.data.title ?? null,
			parent: c.data.parent ?? null,
			kind: c.data.kind,
			order: c.data.order,
			text: c.text,
			obligations: c.data.obligations.map((o) => ({ ...o, actorNames: o.actors.map(name) })),
			targets: c.data.targets,
			responsible: c.data.responsible.map((r) => ({ ...r, name: name(r.unit) })),
			deadlines: c.data.deadlines.map((d) => ({ ...d, whoNames: d.who.map(name), toNames: d.to.map(name) })),
			topics: c.data.topics,
			refs: c.data.refs,
			quality: c.data.quality,
		})),
	};
	return apiExport.parse(data);
}
