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
 * the 〔〕 form by its place as cited (第15条, 二（一）3, 附件2/1.1). Other forms (the clause id, 第十五条, other
 * brackets) go through the 404 page's resolver, which keeps the page count down at scale.
 */
export function idRedirects(corpus: Corpus): { from: string; to: string }[] {
	const out: { from: string; to: string }[] = [];
	const table = idTable(corpus);
	// What `resolveId` would do for these exact forms, without asking it per clause (it tries every document on every
	// path, which is quadratic at a thousand documents): a canonical 发文字号 names the documents that have exactly it.
	const holders = new Map<string, number>();
	for (const d of table.docs) holders.set(d.number, (holders.get(d.number) ?? 0) + 1);
	for (const d of table.docs) {
		for (const form of numberForms(d.number)) out.push({ from: `${ID_PREFIX}${form}/`, to: d.url });
		if (holders.get(d.number) !== 1) continue;
		const canonical = numberForms(d.number)[0]!;
		const byKey = new Map<string, number>();
		for (const c of d.clauses) for (const k of new Set(c.keys)) byKey.set(k, (byKey.get(k) ?? 0) + 1);
		for (const c of d.clauses) {
			// Only where the place names one clause: a place that fits two (82号 /15: 第15条 or 序号15) is left to the resolver.
			const p = locatorPath(c.locator);
			const key = normalizeLocator(p);
			if (c.keys.includes(key) && byKey.get(key) === 1) out.push({ from: `${ID_PREFIX}${canonical}/${p}/`, to: c.url });
		}
	}
	return out.sort((a, b) => a.from.localeCompare(b.from));
}
