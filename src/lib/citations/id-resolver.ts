import { distance } from 'fastest-levenshtein';
import { parseChineseNumber } from '../ingest/numbering';
import { extractDocRefs } from '../search/doc-number';

/**
 * `/id/` links: a document by its 发文字号 however it is written, and a clause by its place in the document's own
 * numbering (…/第15条, …/二（一）3, …/附件2/1.1) or its id (…/4-15). The build writes static redirect pages for the
 * forms that never change meaning (the 发文字号 with 〔〕 [] () （）, and under the 〔〕 form each clause's locator
 * and id); the 404 page runs `resolveId` in the browser on everything else (82号文, spaces, 年, a missing /),
 * since those depend on what the corpus holds today (82号 is unique now, perhaps not next year).
 * Pure code: the build and the browser script share it.
 */

export interface IdClause {
	id: string;
	url: string;
	/** Display name (label and title). */
	name: string;
	/** The locator as cited (二（一）3, 第15条). */
	locator: string;
	/** Normalised ways to name it (see `normalizeLocator`). */
	keys: string[];
}

export interface IdDoc {
	slug: string;
	/** 发文字号, canonical. */
	number: string;
	title: string;
	url: string;
	clauses: IdClause[];
}

export interface IdTable {
	docs: IdDoc[];
}

export const ID_PREFIX = '/id/';
export const ID_TABLE_URL = '/id/index.json';

/** The 发文字号 in each bracket form the static pages cover: 〔〕 [] () （）. */
export function numberForms(number: string): string[] {
	const m = number.match(/^(.+?)〔(\d{4})〕(\d+号)$/);
	if (!m) return [number];
	const [, p, y, s] = m;
	return [...new Set([`${p}〔${y}〕${s}`, `${p}[${y}]${s}`, `${p}(${y})${s}`, `${p}（${y}）${s}`])];
}

/** A locator as a path: the space between an attachment and its own numbering becomes `/` (附件2 1.1 → 附件2/1.1). */
export const locatorPath = (locator: string) => locator.trim().replace(/\s+/g, '/');

/**
 * Reduce a way of writing a clause's place to a key: full-width forms to half-width (（一）→(一), ３→3), spaces and
 * slashes to one `/`, enumeration commas and final punctuation dropped, 第十五条 → 第15条, 第二部分 → 第2部分.
 */
export function normalizeLocator(s: string): string {
	return s
		.normalize('NFKC')
		.trim()
		.replace(/[\s/]+/g, '/')
		.replace(/^\/+|\/+$/g, '')
		.replace(/[、,，.。:：;；]+$/u, '')
		.replace(/、/g, '')
		.replace(/第([零〇一二两三四五六七八九十百]+)(条|部分)/g, (all, n: string, w: string) => {
			const v = parseChineseNumber(n);
			return Number.isNaN(v) ? all : `第${v}${w}`;
		});
}

/** Every key a clause answers to: its locator, its id, its printed label, and for 第15条 the bare 15. */
export function clauseKeys(c: { id: string; label: string; locator: string }): string[] {
	const keys = [normalizeLocator(locatorPath(c.locator)), c.id];
	if (c.label) keys.push(normalizeLocator(c.label));
	const run = normalizeLocator(c.locator).match(/^第(\d+)条$/);
	if (run) keys.push(run[1]!);
	return [...new Set(keys.filter(Boolean))];
}

export type Resolution =
	| { kind: 'doc'; doc: IdDoc; url: string }
	| { kind: 'clause'; doc: IdDoc; clause: IdClause; url: string }
	/** Several documents match (82号 when two documents are numbered 82). */
	| { kind: 'ambiguous-doc'; docs: IdDoc[] }
	/** The document is known but not the place in it: the closest clauses. */
	| { kind: 'unknown-clause'; doc: IdDoc; closest: IdClause[] }
	| { kind: 'none' };

/** Words that only say "the document" after a number (82号文, 82号文件). */
const DOC_WORDS = /^(?:文件|文|通知|全文|原文)$/;

/** Resolve what follows `/id/` (decoded). */
export function resolveId(rest: string, table: IdTable): Resolution {
	const path = rest.trim().replace(/^\/+|\/+$/g, '');
	const slash = path.indexOf('/');
	const head = slash < 0 ? path : path.slice(0, slash);
	let locator = slash < 0 ? '' : path.slice(slash + 1);
	let docs = table.docs.filter((d) => d.slug === head);
	if (!docs.length) {
		// One document at a time: extractDocRefs consumes what it matches, so a shared 82号 would name only the first.
		const found = table.docs.map((d) => ({ d, r: extractDocRefs(head, [d]) })).filter((x) => x.r.docs.length);
		docs = found.map((x) => x.d);
		// 湘政办发〔2018〕82号第15条, written without the slash.
		const left = found.length === 1 ? found[0]!.r.rest : '';
		if (left && !DOC_WORDS.test(left)) locator = locator ? `${left}/${locator}` : left;
	}
	if (docs.length === 0) return { kind: 'none' };
	if (docs.length > 1) return { kind: 'ambiguous-doc', docs };
	const doc = docs[0]!;
	if (!locator) return { kind: 'doc', doc, url: doc.url };
	const key = normalizeLocator(locator);
	const hits = doc.clauses.filter((c) => c.keys.includes(key));
	if (hits.length === 1) return { kind: 'clause', doc, clause: hits[0]!, url: hits[0]!.url };
	return { kind: 'unknown-clause', doc, closest: hits.length > 1 ? hits : closestClauses(doc, key) };
}

/** The clauses whose keys are nearest to a key (edit distance), best first. */
export function closestClauses(doc: IdDoc, key: string, n = 3): IdClause[] {
	return doc.clauses
		.map((c) => ({ c, d: Math.min(...c.keys.map((k) => distance(k, key))) }))
		.sort((a, b) => a.d - b.d)
		.slice(0, n)
		.map((x) => x.c);
}

export interface Suggestion {
	url: string;
	/** What to show: 发文字号 and the clause's name. */
	label: string;
}

/** For any unknown path: the document and clause pages nearest to it, best first. */
export function closestPages(path: string, table: IdTable, n = 3): Suggestion[] {
	const words = path.replace(/[/_-]+/g, ' ');
	// The document the path names (by 发文字号, or by being under its page) comes first.
	const named = table.docs.filter((d) => extractDocRefs(words, [d]).docs.length > 0 || (path.startsWith(d.url) && path !== d.url)).map((d) => ({ url: d.url, label: `${d.number} ${d.title}`, d: -1 }));
	const pages = table.docs.flatMap((d) => [{ url: d.url, label: `${d.number} ${d.title}` }, ...d.clauses.map((c) => ({ url: c.url, label: `${d.number} ${c.name}` }))]);
	const scored = pages.map((p) => ({ ...p, d: distance(p.url, path) }));
	const seen = new Set<string>();
	return [...named, ...scored.sort((a, b) => a.d - b.d)]
		.filter((p) => !seen.has(p.url) && Boolean(seen.add(p.url)))
		.slice(0, n)
		.map(({ url, label }) => ({ url, label }));
}
