import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import type { UnitData } from '../schema/unit';
import { printFilterId } from '../urls';
import { appliesBecause, applyingInDoc } from './applies';

/**
 * Print bundles, one per document (`/print/documents/<doc>/`): every clause verbatim with its facts and whom it
 * applies to. A unit's or role's print view is its index (`/print/<unit>/`) linking to each of its documents'
 * bundles opened on it (`#for-<unit>`): the page's CSS then shows only the clauses that apply to that unit and the
 * parts they point to, under a heading naming the unit — without JavaScript, as `:target` is plain CSS. So the site
 * holds each clause once in print form, not once per unit it applies to (six or seven times over on average, 2.5 GB of
 * HTML at a thousand documents), and no page grows with the library: a bundle is one document long.
 *
 * Page rules: the document is a CSS named page (`page: doc-0`) whose top margin box prints its 发文字号; its title sits
 * top left and the page number at the foot. Page margin boxes need Chromium 131+ (other browsers print the same pages
 * without them).
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

export interface PrintBundle {
	doc: CorpusDoc;
	/** Every unit and role with an applying clause in the document, in content order. */
	units: { unit: UnitData; clauses: number; parts: number }[];
	/** Every clause of the document, in order, with whom it applies to and why, and for whom it is a referenced part. */
	clauses: { clause: CorpusClause; applies: { unit: UnitData; because: string[] }[]; partFor: string[] }[];
}

/** A document's print bundle: all its clauses, each with the units it applies to. */
export function printBundle(corpus: Corpus, doc: CorpusDoc): PrintBundle {
	const applies = new Map<string, PrintBundle['clauses'][number]['applies']>();
	const partFor = new Map<string, string[]>();
	const units = applyingInDoc(corpus, doc.slug).map(({ unit, items }) => {
		for (const a of items) (applies.get(a.clause.key) ?? applies.set(a.clause.key, []).get(a.clause.key)!).push({ unit, because: appliesBecause(corpus, a) });
		const parts = referencedParts(corpus, items.map((a) => a.clause));
		for (const c of parts) (partFor.get(c.key) ?? partFor.set(c.key, []).get(c.key)!).push(unit.id);
		return { unit, clauses: items.length, parts: parts.length };
	});
	return { doc, units, clauses: doc.clauses.map((clause) => ({ clause, applies: applies.get(clause.key) ?? [], partFor: partFor.get(clause.key) ?? [] })) };
}

/** Class names on a clause of the bundle: `u-<unit>` for each unit it applies to, `r-<unit>` where it is a part they cite. */
export const appliesClass = (unit: string) => `u-${unit}`;
export const partClass = (unit: string) => `r-${unit}`;

/**
 * The rules that turn the whole document into one unit's view when the page is opened on `#for-<unit>`: the unit's
 * heading shows, clauses that neither apply to it nor are parts its clauses cite are hidden, and each clause's
 * 适用于 list shows only that unit's line. Each unit's heading precedes `.print-clauses`, hence `~`.
 */
export function printFilterCss(units: string[]): string {
	return units
		.map((u) => {
			const at = `#${printFilterId(u)}:target`;
			return `${at} { display: block; } ${at} ~ .print-clauses > .print-clause:not(.${appliesClass(u)}):not(.${partClass(u)}) { display: none; } ${at} ~ .print-clauses .applies > li:not(.${appliesClass(u)}) { display: none; } ${at} ~ .print-clauses > .${partClass(u)} .part-note { display: block; } ${at} ~ .print-all-note { display: none; }`;
		})
		.join('\n');
}
