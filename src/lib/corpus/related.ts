import type { CorpusClause } from './index';

/**
 * Related clauses across documents, computed at build time from the text and the curated topics.
 *
 * Text similarity is the cosine of TF-IDF weighted character bigrams of the verbatim text: Chinese policy
 * language restates measures in the same words (专业预警和退出机制), and bigrams need no dictionary. IDF
 * weighting makes boilerplate shared by many clauses (产教融合, 职业院校) count for little.
 *
 * A pair is related when (thresholds tuned on tests/related/labels.json, see tests/related/related.test.ts):
 *  - a curated `refs` entry links the two clauses, or
 *  - their texts are close (similarity ≥ TEXT), or
 *  - they share a curated topic and their texts overlap at least a little (similarity ≥ TOPIC_TEXT): a
 *    shared topic alone would tie every clause about 产教联合体 to every other.
 * Clauses without substantive text of their own (headings, notice preambles, signatures, attachment title
 * pages, empty items) take part only through curated references.
 */

export const RELATED_THRESHOLDS = { text: 0.21, topicText: 0.04 } as const;

/** Kinds whose text is boilerplate or a title page, not a measure to compare. */
const NO_TEXT_KINDS = new Set(['preamble', 'signature', 'contact', 'attachment']);
/** Fewer characters than this is a heading, not a text to compare. */
const MIN_CHARS = 20;

export interface RelatedInput {
	key: string;
	doc: string;
	kind: string;
	/** Plain verbatim text (tables: tab-separated cells, one row a line). */
	text: string;
	topics: string[];
	refs: { doc?: string; clause?: string; relation: string }[];
}

export type RelatedReason = { kind: 'ref'; relation: string; outgoing: boolean } | { kind: 'text' } | { kind: 'topic'; topic: string };

export interface RelatedLink {
	key: string;
	/** Text similarity (0–1). */
	similarity: number;
	reasons: RelatedReason[];
}

/** A corpus clause as the similarity sees it. */
export function relatedInput(c: CorpusClause): RelatedInput {
	return { key: c.key, doc: c.doc, kind: c.data.kind, text: c.text, topics: c.data.topics, refs: c.data.refs };
}

/** The words of a clause that say what it is about: a table row without its 序号 and 责任单位 cells. */
export function comparableText(c: Pick<RelatedInput, 'kind' | 'text'>): string {
	if (NO_TEXT_KINDS.has(c.kind)) return '';
	const text = c.kind === 'table-row' ? (c.text.split('\n').at(-1) ?? '').split('\t').slice(1, -1).join('\n') : c.text;
	const chars = text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
	return chars.length >= MIN_CHARS ? chars : '';
}

function bigrams(s: string): Map<string, number> {
	const m = new Map<string, number>();
	for (let i = 0; i + 2 <= s.length; i++) {
		const g = s.slice(i, i + 2);
		m.set(g, (m.get(g) ?? 0) + 1);
	}
	return m;
}

/** Unit-length TF-IDF vectors of character bigrams, one per input (empty for texts not compared). */
export function tfidfVectors(texts: string[]): Map<string, number>[] {
	const counts = texts.map(bigrams);
	const df = new Map<string, number>();
	for (const v of counts) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
	const n = texts.filter(Boolean).length;
	return counts.map((v) => {
		const w = new Map<string, number>();
		let norm = 0;
		for (const [g, tf] of v) {
			const x = (1 + Math.log(tf)) * Math.log(n / df.get(g)!);
			w.set(g, x);
			norm += x * x;
		}
		const len = Math.sqrt(norm) || 1;
		for (const [g, x] of w) w.set(g, x / len);
		return w;
	});
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let s = 0;
	for (const [g, x] of small) {
		const y = large.get(g);
		if (y) s += x * y;
	}
	return s;
}

/** The most related clauses kept per clause (pages show the first few); more than any clause has in the corpus today. */
export const MAX_RELATED = 50;

const curated = (l: RelatedLink) => (l.reasons.some((r) => r.kind === 'ref') ? 1 : 0);
const byRelevance = (x: RelatedLink, y: RelatedLink) => curated(y) - curated(x) || y.similarity - x.similarity || x.key.localeCompare(y.key);

/**
 * For every clause, the related clauses in other documents, best first (curated references, then similarity).
 * Pairs are scored through an inverted index of bigrams — only pairs that share a bigram get a non-zero cosine —
 * so the cost grows with how often bigrams co-occur, not with every pair of clauses (see `npm run bench -- scale`).
 */
export function relatedIndex(clauses: RelatedInput[], thresholds = RELATED_THRESHOLDS): Map<string, RelatedLink[]> {
	const vectors = tfidfVectors(clauses.map(comparableText));
	const n = clauses.length;
	// Postings in ascending clause order, so a clause meets only the clauses after it.
	const postings = new Map<string, { at: number[]; w: number[] }>();
	vectors.forEach((v, i) => {
		for (const [g, x] of v) {
			if (x <= 0) continue;
			const p = postings.get(g) ?? { at: [], w: [] };
			p.at.push(i);
			p.w.push(x);
			postings.set(g, p);
		}
	});
	const position = new Map(clauses.map((c, i) => [c.key, i]));
	const refPartners = new Map<number, Set<number>>();
	clauses.forEach((c, i) => {
		for (const r of c.refs) {
			const j = r.doc && r.clause ? position.get(`${r.doc}/${r.clause}`) : undefined;
			if (j === undefined || j === i) continue;
			for (const [x, y] of [[i, j], [j, i]] as const) (refPartners.get(x) ?? refPartners.set(x, new Set()).get(x)!).add(y);
		}
	});
	const index = new Map<string, RelatedLink[]>(clauses.map((c) => [c.key, []]));
	const add = (key: string, link: RelatedLink) => {
		const list = index.get(key)!;
		list.push(link);
		if (list.length > 2 * MAX_RELATED) list.splice(0, list.length, ...list.sort(byRelevance).slice(0, MAX_RELATED));
	};
	const refOf = (a: RelatedInput, b: RelatedInput) => a.refs.find((r) => r.doc && r.clause && `${r.doc}/${r.clause}` === b.key);
	const dot = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const touched = new Set<number>();
		for (const [g, x] of vectors[i]!) {
			const p = postings.get(g);
			if (!p) continue;
			for (let k = p.at.length - 1; k >= 0 && p.at[k]! > i; k--) {
				const j = p.at[k]!;
				dot[j] += x * p.w[k]!;
				touched.add(j);
			}
		}
		for (const j of refPartners.get(i) ?? []) if (j > i) touched.add(j);
		const a = clauses[i]!;
		for (const j of touched) {
			const b = clauses[j]!;
			const similarity = dot[j]!;
			dot[j] = 0;
			if (a.doc === b.doc) continue;
			const shared = a.topics.filter((t) => b.topics.includes(t));
			const ab = refOf(a, b);
			const ba = refOf(b, a);
			const byText = similarity >= thresholds.text;
			const byTopic = shared.length > 0 && similarity >= thresholds.topicText;
			if (!ab && !ba && !byText && !byTopic) continue;
			const reasons = (forA: boolean): RelatedReason[] => {
				const r: RelatedReason[] = [];
				const ref = forA ? ab : ba;
				const back = forA ? ba : ab;
				if (ref) r.push({ kind: 'ref', relation: ref.relation, outgoing: true });
				if (back) r.push({ kind: 'ref', relation: back.relation, outgoing: false });
				if (byText) r.push({ kind: 'text' });
				if (byTopic || byText) for (const t of shared) r.push({ kind: 'topic', topic: t });
				return r;
			};
			add(a.key, { key: b.key, similarity, reasons: reasons(true) });
			add(b.key, { key: a.key, similarity, reasons: reasons(false) });
		}
	}
	for (const [key, list] of index) index.set(key, list.sort(byRelevance).slice(0, MAX_RELATED));
	return index;
}

/** Is the pair related according to the index? */
export function isRelated(index: Map<string, RelatedLink[]>, a: string, b: string): boolean {
	return index.get(a)?.some((l) => l.key === b) ?? false;
}
