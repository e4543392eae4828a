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

export interface RelatedThresholds {
	/** Any pair whose texts are at least this similar. */
	text: number;
	/** A pair sharing a curated topic whose texts are at least this similar. */
	topicText: number;
}

export const RELATED_THRESHOLDS: Readonly<RelatedThresholds> = { text: 0.21, topicText: 0.04 };

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

/**
 * TF-IDF weighted character bigrams as sparse unit vectors. Features are numbered from the bigram in most clauses
 * (0) to the rarest, so a vector's entries, in ascending id, run from its least telling bigrams to its most telling
 * ones — the order `relatedIndex` needs to leave the common ones out of its postings.
 */
export interface SparseVectors {
	/** Per input, its feature ids, ascending (empty for texts not compared). */
	ids: Int32Array[];
	/** Per input, the weights of those features (unit length overall). */
	w: Float64Array[];
	/** The bigram of each feature id. */
	vocab: string[];
}

/** Unit-length TF-IDF vectors of character bigrams, one per input (empty for texts not compared). */
export function tfidfSparse(texts: string[]): SparseVectors {
	const seen = new Map<string, number>();
	const counts = texts.map((s) => {
		// Each text's bigrams in order of first occurrence: the order the weights are summed in (see below).
		const tf = new Map<number, number>();
		for (let i = 0; i + 2 <= s.length; i++) {
			const g = s.slice(i, i + 2);
			let id = seen.get(g);
			if (id === undefined) seen.set(g, (id = seen.size));
			tf.set(id, (tf.get(id) ?? 0) + 1);
		}
		return tf;
	});
	const df = new Int32Array(seen.size);
	for (const tf of counts) for (const id of tf.keys()) df[id]!++;
	// Most common first; ties keep the order of first occurrence, so the numbering depends on the input alone.
	const order = [...seen.keys()].map((g, id) => ({ g, id })).sort((a, b) => df[b.id]! - df[a.id]! || a.id - b.id);
	const rank = new Int32Array(seen.size);
	order.forEach((o, r) => (rank[o.id] = r));
	const n = texts.filter(Boolean).length;
	const ids: Int32Array[] = [];
	const w: Float64Array[] = [];
	for (const tf of counts) {
		const raw: { r: number; x: number }[] = [];
		let norm = 0;
		for (const [id, k] of tf) {
			const x = (1 + Math.log(k)) * Math.log(n / df[id]!);
			norm += x * x;
			if (x > 0) raw.push({ r: rank[id]!, x });
		}
		const len = Math.sqrt(norm) || 1;
		raw.sort((a, b) => a.r - b.r);
		ids.push(Int32Array.from(raw, (e) => e.r));
		w.push(Float64Array.from(raw, (e) => e.x / len));
	}
	return { ids, w, vocab: order.map((o) => o.g) };
}

/** The same vectors keyed by bigram (a bigram in every compared text weighs 0 and is left out). */
export function tfidfVectors(texts: string[]): Map<string, number>[] {
	const v = tfidfSparse(texts);
	return v.ids.map((ids, i) => new Map([...ids].map((id, k) => [v.vocab[id]!, v.w[i]![k]!])));
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

/**
 * The similarity of two sparse vectors: products summed in ascending feature id, so the figure is the same to the
 * last bit whichever way round, and however the pair was found (the exact definition and the index agree exactly).
 */
export function sparseDot(ai: Int32Array, aw: Float64Array, bi: Int32Array, bw: Float64Array): number {
	let s = 0;
	for (let p = 0, q = 0; p < ai.length && q < bi.length; ) {
		const x = ai[p]!;
		const y = bi[q]!;
		if (x === y) s += aw[p++]! * bw[q++]!;
		else if (x < y) p++;
		else q++;
	}
	return s;
}

/** The most related clauses kept per clause (pages show the first few); more than any clause has in the corpus today. */
export const MAX_RELATED = 50;

const curated = (l: RelatedLink) => (l.reasons.some((r) => r.kind === 'ref') ? 1 : 0);
/** The order of a clause's related list: curated references, then similarity, then key. */
export const byRelevance = (x: RelatedLink, y: RelatedLink) => curated(y) - curated(x) || y.similarity - x.similarity || x.key.localeCompare(y.key);

/**
 * One frozen list for every equal list of reasons: a large library has hundreds of thousands of links but a few
 * hundred different lists (measured at 10,500 clauses: 1.4 million reason objects, a quarter of the build's live
 * heap while pages render). Structured cloning keeps the sharing, so the worker's answer arrives shared too.
 */
const reasonLists = new Map<string, RelatedReason[]>();
function sharedReasons(r: RelatedReason[]): RelatedReason[] {
	const key = JSON.stringify(r);
	let list = reasonLists.get(key);
	if (!list) {
		list = Object.freeze(r.map((x) => Object.freeze(x))) as RelatedReason[];
		reasonLists.set(key, list);
	}
	return list;
}

const refOf = (a: RelatedInput, b: RelatedInput) => a.refs.find((r) => r.doc && r.clause && `${r.doc}/${r.clause}` === b.key);

/**
 * The rule for one pair of clauses in different documents, `a` before `b` in the input: the link each gets to the
 * other, or null when they are not related. (Which clause comes first decides only the order of shared topics.)
 */
export function pairLinks(a: RelatedInput, b: RelatedInput, similarity: number, thresholds: RelatedThresholds = RELATED_THRESHOLDS): [RelatedLink, RelatedLink] | null {
	const shared = a.topics.filter((t) => b.topics.includes(t));
	const ab = refOf(a, b);
	const ba = refOf(b, a);
	const byText = similarity >= thresholds.text;
	const byTopic = shared.length > 0 && similarity >= thresholds.topicText;
	if (!ab && !ba && !byText && !byTopic) return null;
	const reasons = (ref: typeof ab, back: typeof ab): RelatedReason[] => {
		const r: RelatedReason[] = [];
		if (ref) r.push({ kind: 'ref', relation: ref.relation, outgoing: true });
		if (back) r.push({ kind: 'ref', relation: back.relation, outgoing: false });
		if (byText) r.push({ kind: 'text' });
		if (byTopic || byText) for (const t of shared) r.push({ kind: 'topic', topic: t });
		return sharedReasons(r);
	};
	return [
		{ key: b.key, similarity, reasons: reasons(ab, ba) },
		{ key: a.key, similarity, reasons: reasons(ba, ab) },
	];
}

/** Pairs of input positions linked by a curated reference across documents, each once, lower position first. */
export function curatedPairs(clauses: RelatedInput[]): [number, number][] {
	const position = new Map(clauses.map((c, i) => [c.key, i]));
	const pairs = new Map<string, [number, number]>();
	clauses.forEach((c, i) => {
		for (const r of c.refs) {
			const j = r.doc && r.clause ? position.get(`${r.doc}/${r.clause}`) : undefined;
			if (j === undefined || j === i || clauses[j]!.doc === c.doc) continue;
			const p: [number, number] = i < j ? [i, j] : [j, i];
			pairs.set(`${p[0]} ${p[1]}`, p);
		}
	});
	return [...pairs.values()];
}

/** What a run of `relatedIndex` did, for the benchmark. */
export interface RelatedStats {
	/** Pairs whose similarity was computed. */
	scored: number;
	/** Posting entries read. */
	read: number;
	rounds: { scope: 'all' | 'topic'; threshold: number; probes: number; read: number; scored: number; found: number; settled: number; ms: number }[];
}

export interface RelatedOptions {
	/** Links kept per clause (default MAX_RELATED). */
	maxRelated?: number;
	/** Filled in with what the run did. */
	stats?: RelatedStats;
}

/**
 * Thresholds a run descends through before the rule's own: a clause whose list is full at a high threshold is
 * settled and takes no part in the lower, costlier rounds (each round's postings are longer).
 */
const TEXT_STEPS = [0.5, 0.3];
const TOPIC_STEPS = [0.12, 0.07];
/** Slack on the pruning bounds (never on the thresholds) against rounding in the sums. */
const EPS = 1e-9;

/**
 * For every clause, the related clauses in other documents, best first (curated references, then similarity), at
 * most `maxRelated` — exactly the lists the rule gives when every pair is scored (`relatedIndexAllPairs` in
 * related-exact.ts; tests/unit/related.test.ts compares the two on the whole corpus), without scoring every pair.
 *
 * How: an exact similarity join (prefix filtering after Bayardo et al., "Scaling up all pairs similarity search",
 * WWW 2007, with the L2 bounds of Anastasiu & Karypis, "L2AP", ICDE 2014). Feature ids run from the commonest bigram
 * to the rarest. To find the pairs with similarity ≥ t, each vector's entries before the first point where they
 * could add t to a dot product (Σ w·maxw, maxw the bigram's largest weight, and their L2 norm both below t) stay
 * out of the postings and out of the probe. A pair with similarity ≥ t still meets: its largest shared feature lies
 * in both kept parts, since everything the two share lies at or below it. Bigrams in most clauses (职业, 教育, 企业)
 * weigh little and fall in the left-out part of almost every vector — that is where all-pairs came from. A met pair
 * is scored only when what the probe read plus the product of the two vectors' norms below the later start can
 * reach t. Nothing is missed: the bounds hold for every pair, with `EPS` slack for rounding.
 *
 * The rule has two thresholds (text for any pair; topicText for pairs sharing a topic, joined within each topic's
 * clauses), and lists keep the `maxRelated` best: rounds descend from high thresholds to the rule's, and a clause
 * holding `maxRelated` links at the current threshold is settled — no pair found later can rank above those — so
 * only unsettled clauses probe in the lower, costlier rounds.
 *
 * Cost: what is read grows with the number of pairs that share telling bigrams, not with every pair. It is not
 * linear when clauses have ever more close neighbours: on synthetic ×n copies of the corpus every clause has n − 1
 * near-restatements competing for its list, and an exact answer has to rank them (`npm run bench -- related`).
 */
export function relatedIndex(clauses: RelatedInput[], thresholds: RelatedThresholds = RELATED_THRESHOLDS, options: RelatedOptions = {}): Map<string, RelatedLink[]> {
	const max = options.maxRelated ?? MAX_RELATED;
	const stats: RelatedStats = options.stats ?? { scored: 0, read: 0, rounds: [] };
	Object.assign(stats, { scored: 0, read: 0, rounds: [] });
	const n = clauses.length;
	const { ids, w, vocab } = tfidfSparse(clauses.map(comparableText));
	const features = vocab.length;
	const docNames = new Map<string, number>();
	const docOf = Int32Array.from(clauses, (c) => docNames.get(c.doc) ?? docNames.set(c.doc, docNames.size).get(c.doc)!);
	// Ties in similarity are broken by key, as in byRelevance; ranks make that a number comparison.
	const keyRank = new Int32Array(n);
	clauses
		.map((c, i) => ({ key: c.key, i }))
		.sort((x, y) => x.key.localeCompare(y.key))
		.forEach((e, r) => (keyRank[e.i] = r));
	const topicIds = new Map<string, number>();
	const topicsOf = clauses.map((c) => c.topics.map((t) => topicIds.get(t) ?? topicIds.set(t, topicIds.size).get(t)!));

	const curated = curatedPairs(clauses);
	const pairKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
	const curatedKeys = new Set(curated.map(([i, j]) => pairKey(i, j)));
	const curatedCount = new Int32Array(n);
	for (const [i, j] of curated) {
		curatedCount[i]!++;
		curatedCount[j]!++;
	}
	// Found pairs, per clause: the other clause and the similarity (links are made at the end, for the kept ones).
	const other: number[][] = clauses.map(() => []);
	const sim: number[][] = clauses.map(() => []);
	const need = Int32Array.from(curatedCount, (c) => max - c);
	const best = (i: number) => {
		const order = other[i]!.map((_, k) => k).sort((p, q) => sim[i]![q]! - sim[i]![p]! || keyRank[other[i]![p]!]! - keyRank[other[i]![q]!]!);
		const keep = order.slice(0, Math.max(0, need[i]!));
		other[i] = keep.map((k) => other[i]![k]!);
		sim[i] = keep.map((k) => sim[i]![k]!);
	};
	const add = (i: number, j: number, s: number) => {
		other[i]!.push(j);
		sim[i]!.push(s);
		// Keeping the best `need` of what is found so far keeps the best `need` of everything.
		if (other[i]!.length > 2 * need[i]! + 16) best(i);
	};
	const settled = Uint8Array.from(clauses, (_, i) => (ids[i]!.length === 0 || need[i]! <= 0 ? 1 : 0));

	// Squared norms of each vector's first entries (cumulative), for the bound of what a probe did not read.
	const head = ids.map((v, i) => {
		const c = new Float64Array(v.length + 1);
		for (let p = 0; p < v.length; p++) c[p + 1] = c[p]! + w[i]![p]! * w[i]![p]!;
		return c;
	});
	/** The L2 norm of vector i's entries with feature id below f. */
	const normBelow = (i: number, f: number) => {
		const v = ids[i]!;
		let lo = 0;
		let hi = v.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (v[mid]! < f) lo = mid + 1;
			else hi = mid;
		}
		return Math.sqrt(head[i]![lo]!);
	};

	// Scratch, reused by every round: partial dot products of a probe, and the clauses it met.
	const acc = new Float64Array(n);
	const met = new Int32Array(n);
	const maxw = new Float64Array(features);
	/** Per member, the first entry in the postings, and the first entry a probe reads. */
	const indexFrom = new Int32Array(n);
	const probeFrom = new Int32Array(n);
	/** Per member, the feature id of its first indexed entry and the norm of the entries before it (kept compact: read for every pair met). */
	const indexedFrom = new Int32Array(n);
	const unindexedNorm = new Float64Array(n);

	/**
	 * For each member, the first entry from which on its entries could add t to a dot product with a vector of
	 * `others`: before it, Σ w·maxw and the L2 norm are both below t.
	 */
	const prefix = (members: number[], others: number[], t: number, out: Int32Array) => {
		for (const y of others) for (let p = 0; p < ids[y]!.length; p++) maxw[ids[y]![p]!] = Math.max(maxw[ids[y]![p]!]!, w[y]![p]!);
		for (const y of members) {
			const yi = ids[y]!;
			const yw = w[y]!;
			let sum = 0;
			let p = 0;
			for (; p < yi.length; p++) {
				sum += yw[p]! * maxw[yi[p]!]!;
				if (Math.min(sum, Math.sqrt(head[y]![p + 1]!)) >= t - EPS) break;
			}
			out[y] = p;
		}
		for (const y of others) for (let p = 0; p < ids[y]!.length; p++) maxw[ids[y]![p]!] = 0;
	};

	/** Postings (compressed rows) of the indexed part of each member's vector, members ascending. */
	const postings = (members: number[]) => {
		const offsets = new Int32Array(features + 1);
		for (const y of members) for (let p = indexFrom[y]!; p < ids[y]!.length; p++) offsets[ids[y]![p]! + 1]!++;
		for (let f = 0; f < features; f++) offsets[f + 1]! += offsets[f]!;
		const fill = offsets.slice(0, features);
		const at = new Int32Array(offsets[features]!);
		const wt = new Float64Array(offsets[features]!);
		for (const y of members) {
			for (let p = indexFrom[y]!; p < ids[y]!.length; p++) {
				const k = fill[ids[y]![p]!]!++;
				at[k] = y;
				wt[k] = w[y]![p]!;
			}
		}
		return { offsets, at, wt };
	};

	/**
	 * One round: the pairs of members with threshold ≤ similarity < above that an unsettled member takes part in
	 * (those at or above `above` were found by an earlier round). `topic`: the members share it; a pair sharing
	 * several topics is taken in the round of the first.
	 */
	const round = (members: number[], threshold: number, above: number, topic: number | null) => {
		const t0 = performance.now();
		const r = { scope: topic === null ? ('all' as const) : ('topic' as const), threshold, probes: 0, read: 0, scored: 0, found: 0, settled: 0, ms: 0 };
		const open = members.filter((y) => !settled[y]);
		// Only unsettled members probe, so the postings need hold only what can matter to them.
		prefix(members, open, threshold, indexFrom);
		prefix(open, members, threshold, probeFrom);
		// Settled members are met by every prober; unsettled ones only by the probers before them, so each pair
		// of unsettled members is met once.
		for (const y of members) {
			indexedFrom[y] = indexFrom[y]! < ids[y]!.length ? ids[y]![indexFrom[y]!]! : features;
			unindexedNorm[y] = Math.sqrt(head[y]![indexFrom[y]!]!);
		}
		const fixed = postings(members.filter((y) => settled[y]));
		const moving = postings(open);
		for (const x of open) {
			r.probes++;
			const xi = ids[x]!;
			const xw = w[x]!;
			let m = 0;
			const meet = (index: typeof fixed, after: number) => {
				for (let p = probeFrom[x]!; p < xi.length; p++) {
					const f = xi[p]!;
					const weight = xw[p]!;
					const end = index.offsets[f]!;
					let k = index.offsets[f + 1]! - 1;
					for (; k >= end; k--) {
						const y = index.at[k]!;
						if (y <= after) break;
						if (acc[y] === 0) met[m++] = y;
						acc[y]! += weight * index.wt[k]!;
					}
					r.read += index.offsets[f + 1]! - 1 - k;
				}
			};
			meet(fixed, -1);
			meet(moving, x);
			const xFrom = probeFrom[x]! < xi.length ? xi[probeFrom[x]!]! : features;
			const xUnread = Math.sqrt(head[x]![probeFrom[x]!]!);
			for (let k = 0; k < m; k++) {
				const y = met[k]!;
				const partial = acc[y]!;
				acc[y] = 0;
				// partial is a lower bound: at or above `above`, the pair was found in an earlier round.
				if (docOf[y] === docOf[x] || partial >= above + EPS) continue;
				// What the probe did not read: entries both vectors have below the later of the two starts.
				const yFrom = indexedFrom[y]!;
				if (yFrom >= xFrom) {
					if (partial + unindexedNorm[y]! < threshold - EPS || partial + normBelow(x, yFrom) * unindexedNorm[y]! < threshold - EPS) continue;
				} else if (partial + xUnread < threshold - EPS || partial + xUnread * normBelow(y, xFrom) < threshold - EPS) continue;
				const yi = ids[y]!;
				if (topic !== null && firstShared(topicsOf[x < y ? x : y]!, topicsOf[x < y ? y : x]!) !== topic) continue;
				if ((curatedCount[x]! > 0 || curatedCount[y]! > 0) && curatedKeys.has(pairKey(x, y))) continue;
				const similarity = sparseDot(xi, xw, yi, w[y]!);
				r.scored++;
				if (similarity < threshold || similarity >= above) continue;
				r.found++;
				if (!settled[x]) add(x, y, similarity);
				if (!settled[y]) add(y, x, similarity);
			}
		}
		r.ms = performance.now() - t0;
		stats.read += r.read;
		stats.scored += r.scored;
		stats.rounds.push(r);
	};

	/**
	 * After every round at a threshold: a clause with `need` links has all its pairs at or above the threshold
	 * (every round it is a member of has run), so the rest can only rank below them.
	 */
	const settle = () => {
		for (let i = 0; i < n; i++) if (!settled[i] && other[i]!.length >= need[i]!) settled[i] = 1;
		const last = stats.rounds.at(-1);
		if (last) for (let i = 0; i < n; i++) last.settled += settled[i]!;
	};

	const comparable = clauses.map((_, i) => i).filter((i) => ids[i]!.length > 0);
	let above = Infinity;
	for (const t of [...TEXT_STEPS.filter((s) => s > thresholds.text), thresholds.text]) {
		round(comparable, t, above, null);
		settle();
		above = t;
	}
	if (thresholds.topicText < thresholds.text) {
		const byTopic: number[][] = [...topicIds.keys()].map(() => []);
		for (const i of comparable) for (const t of topicsOf[i]!) byTopic[t]!.push(i);
		for (const t of [...TOPIC_STEPS.filter((s) => s > thresholds.topicText && s < thresholds.text), thresholds.topicText]) {
			byTopic.forEach((members, topic) => {
				if (members.length > 1 && members.some((i) => !settled[i])) round(members, t, above, topic);
			});
			settle();
			above = t;
		}
	}

	const lists: RelatedLink[][] = clauses.map(() => []);
	for (const [i, j] of curated) {
		const links = pairLinks(clauses[i]!, clauses[j]!, sparseDot(ids[i]!, w[i]!, ids[j]!, w[j]!), thresholds)!;
		lists[i]!.push(links[0]);
		lists[j]!.push(links[1]);
	}
	for (let i = 0; i < n; i++) {
		best(i);
		other[i]!.forEach((j, k) => {
			const links = i < j ? pairLinks(clauses[i]!, clauses[j]!, sim[i]![k]!, thresholds) : pairLinks(clauses[j]!, clauses[i]!, sim[i]![k]!, thresholds);
			lists[i]!.push(links![i < j ? 0 : 1]);
		});
	}
	return new Map(clauses.map((c, i) => [c.key, lists[i]!.sort(byRelevance).slice(0, max)]));
}

/** The first topic (in `a`'s order) that `b` has too, or -1. */
function firstShared(a: number[], b: number[]): number {
	for (const t of a) if (b.includes(t)) return t;
	return -1;
}

/** Is the pair related according to the index? */
export function isRelated(index: Map<string, RelatedLink[]>, a: string, b: string): boolean {
	return index.get(a)?.some((l) => l.key === b) ?? false;
}
