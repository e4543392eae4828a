import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildCorpus, type Corpus } from '../lib/corpus';
import { mdxToPlain } from '../lib/content/mdx-text';

/** The content layer, read once per build and shaped for the pages. */
let cached: Promise<{ corpus: Corpus; entries: Map<string, CollectionEntry<'clauses'>> }> | undefined;

export function loadCorpus() {
	cached ??= (async () => {
		const [documents, clauses, units, topics, external] = await Promise.all([
			getCollection('documents'),
			getCollection('clauses'),
			getCollection('units'),
			getCollection('topics'),
			getCollection('external'),
		]);
		const entries = new Map(clauses.map((e) => [e.id, e]));
		const corpus = buildCorpus({
			documents: documents.map((d) => ({ slug: d.id, data: d.data })),
			clauses: clauses.map((e) => {
				const [doc, id] = e.id.split('/') as [string, string];
				return { doc, id, data: { ...e.data, doc: e.data.doc.id }, text: mdxToPlain(e.body ?? '') };
			}),
			units: units.map((u) => u.data),
			topics: topics.map((t) => t.data),
			external: external.map((x) => x.data),
		});
		return { corpus, entries };
	})();
	return cached;
}

/** The rendered body of a clause (its verbatim text as HTML). */
export async function clauseContent(key: string) {
	const { entries } = await loadCorpus();
	const entry = entries.get(key);
	if (!entry) throw new Error(`no clause ${key} in the content layer`);
	return (await render(entry)).Content;
}
