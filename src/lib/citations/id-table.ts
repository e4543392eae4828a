import type { Corpus } from '../corpus';
import { clauseName } from '../views/format';
import { locator } from './citation';
import { externalUrl } from '../urls';
import { clauseKeys, ID_PREFIX, locatorPath, normalizeLocator, numberForms, type IdTable } from './id-resolver';

/** The table the 404 page's resolver reads (`/id/index.json`), built from the corpus. */
export function idTable(corpus: Corpus): IdTable {
	// External documents cited with a 发文字号 resolve to their page too (国办发〔2017〕95号 → /external/…/).
	const external = corpus.external.flatMap((x) => (x.number ? [{ slug: x.id, number: x.number, title: x.title, url: externalUrl(x.id), clauses: [] }] : []));
	return {
		docs: [...corpus.docs.map((d) => ({
			slug: d.slug,
			number: d.data.number,
			title: d.data.shortTitle ?? d.data.title,
			url: d.url,
			clauses: d.clauses.map((c) => {
				const loc = locator(corpus, c);
				return { id: c.id, url: c.url, name: clauseName(c), locator: loc, keys: clauseKeys({ id: c.id, label: c.data.label, locator: loc }) };
			}),
		})), ...external],
	};
}

/**
 * The static `/id/` redirect pages: each document under every bracket form of its 发文字号, and each clause under
 * the 〔〕 form by its locator and by its id. A path two clauses would share is left to the resolver, which then
 * lists both.
 */
export function idRedirects(corpus: Corpus): { from: string; to: string }[] {
	const out: { from: string; to: string }[] = [];
	for (const d of idTable(corpus).docs) {
		for (const form of numberForms(d.number)) out.push({ from: `${ID_PREFIX}${form}/`, to: d.url });
		const byPath = new Map<string, string[]>();
		for (const c of d.clauses) {
			for (const p of new Set([locatorPath(c.locator), c.id])) byPath.set(p, [...(byPath.get(p) ?? []), c.url]);
		}
		const canonical = numberForms(d.number)[0]!;
		for (const [p, urls] of byPath) if (urls.length === 1 && normalizeLocator(p)) out.push({ from: `${ID_PREFIX}${canonical}/${p}/`, to: urls[0]! });
	}
	return out.sort((a, b) => a.from.localeCompare(b.from));
}
