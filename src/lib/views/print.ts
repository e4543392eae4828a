import type { Corpus, CorpusClause } from '../corpus';

/**
 * Page rules of a print bundle. Each document's section is a CSS named page (`page: doc-0`), so Chromium starts it
 * on a new sheet and prints its 发文字号 in the page's top margin box; the bundle's title sits top left and the page
 * number at the foot. Page margin boxes need Chromium 131+ (other browsers print the same pages without them).
 */

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

export function printPageCss(title: string, numbers: string[]): string {
	const margin = 'font-size: 9pt; color: #444; font-family: system-ui, sans-serif;';
	return [
		`@page { size: A4; margin: 18mm 15mm 16mm; @top-left { content: ${cssString(title)}; ${margin} } @bottom-center { content: "第 " counter(page) " 页"; ${margin} } }`,
		...numbers.map((n, i) => `.print-doc-${i} { page: doc-${i}; } @page doc-${i} { @top-right { content: ${cssString(n)}; ${margin} } }`),
	].join('\n');
}

/**
 * The parts of a document that the bundle's clauses point to (`（附件1）`, 推荐书): the referenced clause and
 * everything under it, in document order, leaving out what the bundle already holds. A 处长 reading 见附件1 needs
 * the 附件 at hand.
 */
export function referencedParts(corpus: Corpus, clauses: CorpusClause[]): CorpusClause[] {
	const have = new Set(clauses.map((c) => c.key));
	const roots = new Set(clauses.flatMap((c) => c.data.refs.filter((r) => r.doc === c.doc && r.clause).map((r) => `${c.doc}/${r.clause}`)));
	const doc = clauses[0] ? corpus.doc.get(clauses[0].doc) : undefined;
	if (!doc || !roots.size) return [];
	const within = (c: CorpusClause): boolean => {
		for (let x: CorpusClause | undefined = c; x; x = x.data.parent ? corpus.clause.get(`${x.doc}/${x.data.parent}`) : undefined) if (roots.has(x.key)) return true;
		return false;
	};
	return doc.clauses.filter((c) => !have.has(c.key) && within(c));
}
