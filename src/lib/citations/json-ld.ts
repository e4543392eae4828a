import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import type { LifecycleStatus } from '../schema/lifecycle';
import { citedTitle, fullUnitName, locator } from './citation';
import { docUrl, externalUrl } from '../urls';

/**
 * schema.org `Legislation` for a document page and a clause page (a clause is a Legislation that `isPartOf` its
 * document). Only what the texts state: no legal force unless a text states the status, relations as stated.
 */

/** schema.org LegalForceStatus for each 时效性 a text can state (未知 has none). */
const LEGAL_FORCE: Partial<Record<LifecycleStatus, string>> = {
	现行有效: 'https://schema.org/InForce',
	已修改: 'https://schema.org/PartiallyInForce',
	已废止: 'https://schema.org/NotInForce',
	失效: 'https://schema.org/NotInForce',
	尚未生效: 'https://schema.org/NotInForce',
};

/** Which schema.org property carries each stated relation. */
const RELATION_PROPERTY = { implements: 'legislationEnsuresImplementationOf', amends: 'legislationChanges', supersedes: 'legislationChanges' } as const;

export function legislationJsonLd(corpus: Corpus, doc: CorpusDoc, site: string | URL, clause?: CorpusClause): Record<string, unknown> {
	const abs = (p: string) => new URL(p, site).href;
	const d = doc.data;
	const l = d.lifecycle;
	const related: Record<string, { '@id': string; name: string }[]> = {};
	for (const r of l.relations) {
		const href = r.doc ? docUrl(r.doc) : externalUrl(r.external!);
		const name = r.doc ? (corpus.doc.get(r.doc)?.data.title ?? r.doc) : (corpus.externalDoc.get(r.external!)?.title ?? r.external!);
		(related[RELATION_PROPERTY[r.relation]] ??= []).push({ '@id': abs(href), name });
	}
	const document = {
		'@type': 'Legislation',
		'@id': abs(doc.url),
		name: d.title,
		legislationIdentifier: d.number,
		...(l.type ? { legislationType: l.type.name } : {}),
		...(d.date ? { legislationDate: d.date } : {}),
		legislationPassedBy: d.issuers.map((id) => {
			const u = corpus.unit.get(id);
			return { '@type': 'GovernmentOrganization', name: u ? fullUnitName(u) : id };
		}),
		...(LEGAL_FORCE[l.status] ? { legislationLegalForce: { '@id': LEGAL_FORCE[l.status] } } : {}),
		...(l.effective?.date ? { legislationDateOfApplicability: l.effective.date } : {}),
		inLanguage: 'zh-CN',
		url: abs(doc.url),
		...related,
	};
	if (!clause) return { '@context': 'https://schema.org', ...document };
	const loc = locator(corpus, clause);
	const force = clause.data.lifecycle ? LEGAL_FORCE[clause.data.lifecycle.status] : undefined;
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': abs(clause.url),
		name: `《${citedTitle(doc, clause)}》${loc}`,
		legislationIdentifier: `${d.number} ${loc}`,
		...(force ? { legislationLegalForce: { '@id': force } } : {}),
		inLanguage: 'zh-CN',
		url: abs(clause.url),
		isPartOf: document,
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot close the element. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
