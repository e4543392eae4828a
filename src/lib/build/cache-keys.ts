import { createHash } from 'node:crypto';
import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { ancestors, neighbours } from '../corpus';
import type { RelatedLink } from '../corpus/related';
import { refsTo } from '../citations/references';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page is reused from the last build
 * when its key and its code are unchanged. The key must therefore cover everything the page shows: the clause's
 * own entry (data, text and rendered HTML, as the loader's digest), the clauses it names (neighbours, ancestors,
 * related, citing), and `site` — a digest of everything that is not a clause (documents, units, topics, external
 * documents, datasets), which any page may show. Anything new a clause or document page shows must enter here.
 */
export interface PageKeyInputs {
	corpus: Corpus;
	related: Map<string, RelatedLink[]>;
	/** The content loader's digest of each clause entry, by key. */
	clauseDigest: Map<string, string>;
	/** Digest of all non-clause content. */
	site: string;
}

const hash = (parts: unknown): string => createHash('sha1').update(JSON.stringify(parts)).digest('base64url');

export function clausePageKey(k: PageKeyInputs, c: CorpusClause): string {
	const d = (x: CorpusClause | undefined) => (x ? [x.key, k.clauseDigest.get(x.key)] : null);
	const { prev, next } = neighbours(k.corpus, c);
	const related = (k.related.get(c.key) ?? []).map((l) => [l.key, l.similarity.toFixed(3), l.reasons, k.clauseDigest.get(l.key)]);
	const citers = refsTo(k.corpus, { doc: c.doc, clause: c.id }).map((r) => d(r.from));
	return hash([k.site, d(c), d(prev), d(next), ancestors(k.corpus, c).map(d), related, citers]);
}

export function documentPageKey(k: PageKeyInputs, doc: CorpusDoc): string {
	const clauses = doc.clauses.map((c) => [c.key, k.clauseDigest.get(c.key)]);
	const citers = refsTo(k.corpus, { doc: doc.slug }).map((r) => [r.from.key, k.clauseDigest.get(r.from.key)]);
	return hash([k.site, clauses, citers]);
}

/**
 * A document's print bundle (src/pages/print/documents/[doc].astro): its clauses with their facts and whom they apply
 * to (a function of the document's own clauses and of the units, which `site` covers), the clauses citing them and the
 * clauses their references name (whose labels the facts print).
 */
export function printBundleKey(k: PageKeyInputs, doc: CorpusDoc): string {
	const d = (key: string) => [key, k.clauseDigest.get(key) ?? null];
	const clauses = doc.clauses.map((c) => [
		d(c.key),
		refsTo(k.corpus, { doc: c.doc, clause: c.id }).map((r) => d(r.from.key)),
		c.data.refs.flatMap((r) => (r.doc && r.clause ? [d(`${r.doc}/${r.clause}`)] : [])),
	]);
	return hash([k.site, 'print', clauses]);
}
