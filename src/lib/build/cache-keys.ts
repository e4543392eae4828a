import { createHash } from 'node:crypto';
import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { ancestors, neighbours } from '../corpus';
import type { RelatedLink } from '../corpus/related';
import { refsTo } from '../citations/references';
import { formatSimilarity } from '../views/format';

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
	// The similarity as the page prints it: finer, every edit anywhere would move it (the weights are the corpus's)
	// and key every page anew; coarser, a page could keep a figure it no longer shows.
	const related = (k.related.get(c.key) ?? []).map((l) => [l.key, formatSimilarity(l.similarity), l.reasons, k.clauseDigest.get(l.key)]);
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

/**
 * A file made from one document alone (its JSON export, its change feed): the document (in `site`, with the units
 * the export names) and its clauses' entries. `file` tells the files apart.
 */
export function documentFileKey(k: Pick<PageKeyInputs, 'site' | 'clauseDigest'>, doc: CorpusDoc, file: string): string {
	return hash([k.site, file, doc.slug, doc.clauses.map((c) => [c.key, k.clauseDigest.get(c.key)])]);
}

/**
 * A page that lists many clauses through a view (a unit's or role's duties, a self-check, a topic's or an industry's
 * clauses): `site`, the page's `name` (route and id) and `view` — the values the page renders beyond what `site`
 * covers, computed by the same functions the page calls. Every value in it counts; a clause in it counts by its
 * entry and by those of the clauses its link and citation name (its ancestors, the clause an obligation says it is
 * named in); a document by its slug and its clauses' keys (its data is in `site`). A page must render nothing from
 * the clauses that its `view` does not hold.
 */
export function viewPageKey(k: Pick<PageKeyInputs, 'corpus' | 'site' | 'clauseDigest'>, name: string, view: unknown): string {
	const out: string[] = [k.site, name];
	const seen = new Set<object>();
	const walk = (v: unknown): void => {
		if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
			out.push(`${typeof v}:${String(v)}`);
			return;
		}
		if (typeof v === 'function' || seen.has(v)) {
			out.push(typeof v === 'function' ? 'fn' : '^');
			return;
		}
		seen.add(v);
		const o = v as Record<string, unknown>;
		if (typeof o.key === 'string' && k.corpus.clause.get(o.key) === v) {
			out.push(clauseEntries(k, v as CorpusClause));
			return;
		}
		if (typeof o.slug === 'string' && k.corpus.doc.get(o.slug) === v) {
			out.push(`doc:${o.slug}:${(v as CorpusDoc).clauses.length}`);
			return;
		}
		if (v instanceof Map || v instanceof Set) {
			out.push(`${v instanceof Map ? 'M' : 'S'}${v.size}(`);
			for (const x of v instanceof Map ? [...v].flat() : v) walk(x);
			out.push(')');
			return;
		}
		if (Array.isArray(v)) {
			out.push(`[${v.length}`);
			for (const x of v) walk(x);
			out.push(']');
			return;
		}
		out.push('{');
		for (const key of Object.keys(o)) {
			out.push(key);
			walk(o[key]);
		}
		out.push('}');
	};
	walk(view);
	return createHash('sha1').update(out.join('\u0000')).digest('base64url');
}

/** Per build (its digests), each clause's entry with those of the clauses its link and citation name. */
const entriesMemo = new WeakMap<Map<string, string>, Map<CorpusClause, string>>();
function clauseEntries(k: Pick<PageKeyInputs, 'corpus' | 'clauseDigest'>, c: CorpusClause): string {
	let memo = entriesMemo.get(k.clauseDigest);
	if (!memo) entriesMemo.set(k.clauseDigest, (memo = new Map()));
	let s = memo.get(c);
	if (s === undefined) {
		const entry = (key: string) => `${key}:${k.clauseDigest.get(key) ?? '-'}`;
		s = [entry(c.key), ...ancestors(k.corpus, c).map((a) => entry(a.key)), ...c.data.obligations.flatMap((o) => (o.namedIn ? [entry(`${c.doc}/${o.namedIn}`)] : []))].join(' ');
		memo.set(c, s);
	}
	return s;
}
