import { getCollection } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/corpus';
import { buildToday } from '../lib/views/currency';

/**
 * The pages' access to the corpus: the content layer's entries (stored by src/lib/content/loader.ts from the one
 * validated read of content/), assembled once per build by the same `buildCorpus` that scripts and tests use.
 */
let cached: Promise<{ corpus: Corpus; html: Map<string, string>; digest: Map<string, string>; siteDigest: string }> | undefined;

export function loadCorpus() {
	cached ??= (async () => {
		const [documents, clauses, units, topics, external, industryLayout] = await Promise.all([
			getCollection('documents'),
			getCollection('clauses'),
			getCollection('units'),
			getCollection('topics'),
			getCollection('external'),
			getCollection('industryLayout'),
		]);
		const html = new Map<string, string>();
		const digest = new Map(clauses.map((e) => [e.id, String(e.digest ?? e.id)]));
		// Pages state whether a planning period has passed (src/lib/views/currency.ts): the day is an input too.
		const siteDigest = [buildToday(), ...[documents, units, topics, external, industryLayout].map((entries) => entries.map((e) => `${e.id}:${e.digest}`).join(','))].join('|');
		const corpus = buildCorpus({
			documents: documents.map((d) => ({ slug: d.id, data: d.data })),
			clauses: clauses.map((e) => {
				const { text, ...data } = e.data;
				html.set(e.id, e.rendered?.html ?? '');
				const [doc, id] = e.id.split('/') as [string, string];
				return { doc, id, data, text };
			}),
			units: units.map((u) => u.data),
			topics: topics.map((t) => t.data),
			external: external.map((x) => x.data),
		});
		return { corpus, html, digest, siteDigest };
	})();
	return cached;
}

/** The rendered body of a clause (its verbatim text as HTML, rendered once by the loader). */
export async function clauseHtml(key: string): Promise<string> {
	const html = (await loadCorpus()).html.get(key);
	if (html === undefined) throw new Error(`no clause ${key} in the content layer`);
	return html;
}
