/**
 * The search engine in the browser. The first time search is opened it loads Pagefind (./pagefind-loader), the
 * lexicon (how to read a query) and the answer index (the facts questions are answered from). A query is analysed
 * (src/lib/search/analyze.ts), planned into Pagefind searches (plan.ts) and ranked (rank.ts); a question gets the
 * fact that answers it (answers.ts), a near-miss gets 您是不是要找 (suggest.ts).
 *
 * Results come in two stages when Pagefind or the clause texts (its fragments) are not there yet: first from the
 * answer index alone (Pagefind still loading) or from the headings and which searches found each clause (texts
 * still downloading), then re-ranked on the texts. Every stage is timed as a `xiangce-search` performance measure,
 * the first search's from the opening of search (the benchmark reads them).
 */
import { analyzeQuery, intlSegmenter, required, type QueryAnalysis, type Segment } from '../../lib/search/analyze';
import { answerText, pickFact, namesUnit, viaUnit, type AnswerClause, type AnswerIndex, type PickedFact } from '../../lib/search/answers';
import { makeExcerpt, withoutBlockStops } from '../../lib/search/excerpt';
import { HIERARCHY_FILTERS, type HierarchyKey } from '../../lib/search/facets';
import { INTENT_FACTS } from '../../lib/search/intents';
import type { Lexicon } from '../../lib/search/lexicon';
import { ANSWERS_PATH, LEXICON_PATH } from '../../lib/search/paths';
import { shardOf, shardPath, type SearchShard } from '../../lib/search/shards';
import { filterPages, inCorpusOrder, postingsPath, type FilterPostingsIndex, type Postings } from '../../lib/search/filter-postings';
import { matchKey } from '../../lib/search/normalize';
import { combineFilters, DUPLICATE_META, ORDER_SORT, planQuery, type PagefindFilter, type PlannedSearch } from '../../lib/search/plan';
import { candidatePool, fuseRankings, fusedOrder, idf, relaxation, rerank, type Evidence, type Probe, type Relaxation } from '../../lib/search/rank';
import { suggest, type Suggestion } from '../../lib/search/suggest';
import { makeConverter } from '../../lib/search/traditional';
import type { SearchState } from '../../lib/search/url-state';
import { fragmentOf, loadPagefind, type LoadedPagefind } from './pagefind-loader';
import { loadOnce } from './load-once';
import { ListCache } from '../../lib/search/list-cache';
import type { PagefindManifest } from '../../lib/build/search-manifest';
import type { Pagefind, PagefindFragment, PagefindResult } from './pagefind-api';
import { OPEN_MARK } from './prefetch';

/** Candidates whose text is loaded and compared with the query (the rest keep the first-stage order)… */
const RERANK_DEPTH = 24;
/**
 * Results of one Pagefind search that become candidates, best first. Above it (a library of thousands of documents,
 * where one common word finds tens of thousands of clauses) the rest are counted, not compared.
 */
const LIST_DEPTH = 500;
/** In a sharded library (src/lib/search/shards.ts): candidates compared on their headings and facts, by Pagefind's ranking. */
const DATA_DEPTH = 96;
/** …including at least the first few of every search. */
const PER_SEARCH = 6;
/** Share of the question's words the answering fact must hold for the answer line (./answers `PickedFact.share`). */
const ANSWER_SHARE = 0.5;
/** The warm-up question: set-aside words, an intent, a synonym, a unit name. */
const WARM_UP_QUERY = '学校可以交几份材料给教育厅吗';
/** Characters across the index's word ranges, so warming up loads every index chunk. */
const WARM_UP_PREFIXES = ['a', '1', '一', '产', '学', '政', '职', '企', '湘', '龙'];
/** How long the first stage waits for the texts before showing results without them. */
const TEXT_WAIT_MS = 20;
/**
 * Results of Pagefind searches of a single term kept for the next queries (as a query is typed and refined, most
 * of its terms are searched again): in a library of a thousand documents one common word finds some 20,000 clauses
 * and takes Pagefind 50–200 ms each time. About four such lists, some 20 MB.
 */
const TERM_CACHE_RESULTS = 100_000;

export interface SearchHit {
	url: string;
	/** 发文字号 of the clause's document. */
	doc: string;
	/** Clause label and title, as its page heading. */
	title: string;
	/** HTML: escaped text with <mark>; empty until the text is known (first stage, no answer). */
	excerpt: string;
	/** The clause has a hierarchy filter's value only through a broader unit (a 高职院校 filter, addressed to 职业院校). */
	via?: { key: HierarchyKey; value: string; broader: string };
}

/** The one-line answer to a question, from the best hit's structured data. */
export interface Answer {
	text: string;
	/** Where it links: the clause (or, for a document's contact line, the document). */
	url: string;
	/** 发文字号 and place in the document: 湘教通〔2024〕23号 第三部分结尾段落. */
	cite: string;
}

export interface SearchOutcome {
	analysis: QueryAnalysis;
	/** `first`: listed before Pagefind had searched (from the answer index) or before the clause texts arrived;
	 * `final`: ranked on the texts. */
	stage: 'first' | 'final';
	/** Clauses found in all. */
	total: number;
	hits: SearchHit[];
	relaxation: Relaxation;
	suggestions: Suggestion[];
	answer?: Answer;
	/** The next `count` hits after those already returned. */
	more(count: number): Promise<SearchHit[]>;
}

interface Page {
	url: string;
	title: string;
	doc: string;
	/** The indexed text without the heading. */
	content: string;
	duplicate: boolean;
}

/** A result's page: its text without the heading Pagefind puts first, the heading, the document number. */
function page(f: PagefindFragment): Page {
	const title = f.meta.title ?? '';
	const text = f.content.startsWith(title) ? f.content.slice(title.length) : f.content;
	const content = withoutBlockStops(text.replace(/^[\s.]+/, ''));
	return { url: f.url, title, doc: f.meta.doc ?? '', content, duplicate: Boolean(f.meta[DUPLICATE_META]) };
}

/** The search page's filter choices as a Pagefind filter. */
function choiceFilters(state: SearchState): PagefindFilter | undefined {
	const entries = Object.entries(state.filters).filter(([, v]) => Boolean(v)) as [string, string][];
	return entries.length ? Object.fromEntries(entries) : undefined;
}

interface Candidate extends Probe {
	clause?: AnswerClause;
	fact?: PickedFact;
	result?: PagefindResult;
}

class Engine {
	private readonly toSimplified: (s: string) => string;
	private readonly segment: Segment = intlSegmenter();
	private readonly byUrl: Map<string, AnswerClause>;
	private readonly pages = new Map<string, Page>();
	/** Pagefind page id → URL, when known. */
	private urls: Record<string, string> = {};
	/** Pagefind page id → URL and fragment file (from the manifest), when known. */
	private manifestPages: PagefindManifest['pages'] = {};
	/** Pagefind, once it is ready. */
	private loaded: Pagefind | undefined;
	/** Shards of the search data, when the library is sharded (0: the answer index and manifest hold everything). */
	private shards = 0;
	private readonly shardLoads = new Map<number, Promise<void>>();
	/** A sharded library's filter postings (./filter-postings). */
	private filterIndex: FilterPostingsIndex | undefined;
	private readonly postingLoads = new Map<number, Promise<Postings>>();
	/** Pages a part of the index still holds in an older version (the manifest's `superseded`): never results. */
	private superseded = new Set<string>();
	/** A term's results without filter or sort, for this query and the next ones. */
	private readonly termResults = new ListCache<PagefindResult>(TERM_CACHE_RESULTS);

	constructor(
		private readonly lexicon: Lexicon,
		private readonly answers: AnswerIndex,
		/** Pagefind, still loading when search has just opened. */
		private readonly loading: Promise<LoadedPagefind>,
	) {
		this.toSimplified = makeConverter(lexicon.t2s);
		this.byUrl = new Map(answers.clauses.map((c) => [c.u, c]));
		void loading.then(({ pagefind, pages = {}, shards = 0, filters, superseded = [] }) => {
			this.filterIndex = filters;
			this.superseded = new Set(superseded);
			this.manifestPages = pages;
			this.urls = Object.fromEntries(Object.entries(pages).map(([id, [url]]) => [id, url]));
			this.shards = shards;
			this.loaded = pagefind;
		}, () => undefined);
	}

	/** Clauses in the library. */
	private get total(): number {
		return this.answers.count ?? this.answers.clauses.length;
	}

	/** Fetch the shards holding these pages' URLs, fragment files and facts (a sharded library only). */
	private async withData(ids: Iterable<string>): Promise<void> {
		if (!this.shards) return;
		const wanted = new Set([...ids].map((id) => shardOf(id, this.shards)));
		const take = (shard: SearchShard) => {
			for (const [id, [url, fragment, clause]] of Object.entries(shard)) {
				this.urls[id] = url;
				this.manifestPages[id] = [url, fragment];
				this.byUrl.set(url, clause);
			}
		};
		// A shard that failed is fetched again by the next query that needs it; this one goes without.
		await Promise.all([...wanted].map((n) => loadOnce(this.shardLoads, n, () => json<SearchShard>(shardPath(n)).then(take)).catch(() => undefined)));
	}

	private async pagefind(): Promise<Pagefind> {
		return this.loaded ?? (await this.loading).pagefind;
	}

	analyze(q: string): QueryAnalysis {
		return analyzeQuery(q, this.lexicon, { toSimplified: this.toSimplified, segment: this.segment });
	}

	private warmed: Promise<void> | undefined;

	/**
	 * Run a question through every step once, while search is open and nothing is typed yet, so the first real
	 * query finds the index chunks loaded into Pagefind and the code of every step compiled (the first query
	 * otherwise costs some 50 ms more than the next).
	 */
	warmUp(): Promise<void> {
		this.warmed ??= (async () => {
			const pagefind = await this.pagefind();
			await Promise.all(WARM_UP_PREFIXES.map((p) => pagefind.preload(p)));
			await this.search({ q: WARM_UP_QUERY, filters: {} }, 6);
		})().catch(() => undefined);
		return this.warmed;
	}

	/** Start fetching the index chunks a query will need, as the person types. */
	preload(q: string): void {
		const pagefind = this.loaded;
		if (pagefind) for (const s of planQuery(this.analyze(q)).searches) if (s.term) void pagefind.preload(s.term);
	}

	/**
	 * One planned search. A sharded library's filters are worked out from its postings and its terms searched
	 * without them (./filter-postings says why); otherwise Pagefind does both.
	 */
	private async find(pagefind: Pagefind, term: string | null, filter: PagefindFilter | undefined, sort: Record<string, 'asc' | 'desc'> | undefined): Promise<PagefindResult[]> {
		const live = (list: PagefindResult[] = []) => (this.superseded.size ? list.filter((r) => !this.superseded.has(r.id)) : list);
		const byPagefind = async () => live((await pagefind.search(term, { filters: filter ?? {}, sort: sort ?? {} }))?.results);
		// A term without filter or sort is searched once, however many planned searches (of this query and the next
		// ones) need it.
		const once = (t: string) => this.termResults.get(t, async () => live((await pagefind.search(t, {}))?.results));
		const index = this.filterIndex;
		if (!filter && !sort && term !== null) return once(term);
		if (!index || !filter) return byPagefind();
		const pages = await filterPages(filter, index, (n) => this.postings(n));
		if (!pages) return byPagefind();
		// Without a term: the pages themselves, in corpus order (what the order sort gives).
		if (term === null) return inCorpusOrder(pages).map((id) => this.resultOf(id));
		return (await once(term)).filter((r) => pages.has(r.id));
	}

	private postings(n: number): Promise<Postings> {
		return loadOnce(this.postingLoads, n, () => json<Postings>(postingsPath(n)));
	}

	/** A page found through a filter's postings, not by Pagefind: its text comes from its fragment file. */
	private resultOf(id: string): PagefindResult {
		return {
			id,
			score: 0,
			data: async () => {
				await this.withData([id]);
				const f = await fragmentOf(id, this.manifestPages);
				if (!f) throw new Error(`no fragment for ${id}`);
				return f;
			},
		};
	}

	private async text(c: Candidate): Promise<Page | undefined> {
		if (!c.result) return undefined;
		const known = this.pages.get(c.id);
		if (known) return known;
		await this.withData([c.id]);
		const p = page((await fragmentOf(c.id, this.manifestPages)) ?? (await c.result.data()));
		this.pages.set(c.id, p);
		return p;
	}

	async search(state: SearchState, count: number, onFirst?: (o: SearchOutcome) => void): Promise<SearchOutcome> {
		const analysis = this.analyze(state.q);
		const plan = planQuery(analysis);
		const chosen = choiceFilters(state);
		const req = required(analysis);
		const intentOnly = !plan.listing && req.length === 0 && analysis.intents.length > 0;
		const searches: PlannedSearch[] = plan.searches.length
			? plan.searches
			: chosen || intentOnly
				? [{ source: 'document', term: null, sort: { [ORDER_SORT]: 'asc' }, weight: 1, ranked: true }]
				: [];
		// Pagefind still loading (the query typed as search opened): first what the answer index alone can say.
		// (A sharded library's answer index has no clauses: the first results then wait for Pagefind.)
		if (!this.loaded && onFirst && !chosen && analysis.docs.length === 0 && req.length > 0 && this.answers.clauses.length) onFirst(this.fromAnswerIndex(analysis, count));
		const pagefind = await this.pagefind();
		const everything = await Promise.all(searches.map((s) => this.find(pagefind, s.term, combineFilters(s.filters, chosen), s.sort)));
		// Clauses found, when a list was cut at LIST_DEPTH (the count shown; only the first are listed).
		const foundCount = everything.some((list) => list.length > LIST_DEPTH) ? new Set(everything.flatMap((list) => list.map((r) => r.id))).size : 0;
		const results = everything.map((list) => list.slice(0, LIST_DEPTH));
		const ids = results.map((list) => list.map((r) => r.id));
		const fused = fuseRankings(ids.map((list, i) => ({ ids: list, weight: searches[i]!.weight, ranked: searches[i]!.ranked })));
		// A sharded library compares the best candidates by Pagefind's ranking on their data, fetched now; the rest
		// follow in that ranking. The same ones whatever earlier queries happened to fetch.
		const compared = this.shards ? new Set(candidatePool(fusedOrder(fused), ids, DATA_DEPTH, PER_SEARCH)) : undefined;
		if (compared) await this.withData(compared);

		const total = this.total;
		const candidates = new Map<string, Candidate>();
		results.forEach((list, i) => {
			const s = searches[i]!;
			for (const r of list) {
				let c = candidates.get(r.id);
				if (!c) {
					const url = compared && !compared.has(r.id) ? undefined : (this.urls[r.id] ?? this.pages.get(r.id)?.url);
					const clause = url ? this.byUrl.get(url) : undefined;
					c = { id: r.id, title: clause?.h ?? '', context: clause?.c, found: new Map(), attached: new Set(), intent: 0, clause, result: r };
					candidates.set(r.id, c);
				}
				if (s.source === 'term' && s.termIndex !== undefined) c.found.set(s.termIndex, Math.max(c.found.get(s.termIndex) ?? 0, s.matchWeight ?? 1));
				if (s.source === 'attached' && s.termIndex !== undefined) {
					c.attached.add(s.termIndex);
					const entry = analysis.terms[s.termIndex]?.entry;
					if (entry?.kind === 'unit' && c.clause && !namesUnit(this.answers, c.clause, entry.name)) (c.through ??= new Set()).add(s.termIndex);
				}
				if (s.source === 'number') c.number = true;
				if (s.source === 'phrase') c.phrase = true;
			}
		});
		// Rarity of each term: in how many clauses its searches (and, for a unit or topic, its attachment) found it.
		const idfs = analysis.terms.map((_, t) => idf(foundBy(searches, everything, t), total));
		const factTerms = analysis.terms.map((t, i) => ({ alternatives: t.alternatives, weight: idfs[i]!, optional: t.optional }));
		for (const c of candidates.values()) {
			const pick = c.clause ? pickFact(c.clause, this.answers.units, analysis.intents, factTerms, analysis.query) : undefined;
			c.fact = pick;
			// The level first (levels are 0.5 apart); among equals, the fact that holds more of the question.
			c.intent = pick ? pick.level + 0.49 * pick.share : 0;
		}
		// A question with nothing but question words (截止时间是什么时候): the clauses holding that kind of fact.
		const all = [...candidates.values()];
		const pool0 = (intentOnly ? all.filter((c) => c.intent > 0) : all).filter((c) => !compared || compared.has(c.id));
		const uncompared = compared && !intentOnly ? fusedOrder(fused).filter((id) => !compared.has(id)).map((id) => candidates.get(id)!) : [];

		const listing = plan.listing || (req.length === 0 && !intentOnly);
		const firstOrder = listing ? fusedOrder(fused).map((id) => candidates.get(id)!) : [...rerank(pool0, fused, analysis, idfs).map((x) => x.probe), ...uncompared];
		const poolIds = listing ? firstOrder.slice(0, count).map((c) => c.id) : candidatePool(firstOrder.map((c) => c.id), ids, RERANK_DEPTH, PER_SEARCH);
		const pool = poolIds.map((id) => candidates.get(id)!).filter((c) => firstOrder.includes(c));

		const texts = Promise.all(pool.map((c) => this.text(c)));
		const ready = await Promise.race([texts.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), TEXT_WAIT_MS))]);
		const outcome = (order: Candidate[], ranked: Evidence[], stage: SearchOutcome['stage']) => this.outcome(state, analysis, order, ranked, stage, count, foundCount);
		const isCompared = (c: Candidate) => !compared || compared.has(c.id);
		if (!ready && onFirst && (this.shards || Object.keys(this.urls).length)) {
			const ranked = rerank(firstOrder.filter(isCompared), fused, analysis, idfs);
			onFirst(outcome(firstOrder, ranked.map((r) => r.evidence), 'first'));
		}
		const loaded = await texts;
		pool.forEach((c, i) => {
			const p = loaded[i];
			if (p) {
				c.content = p.content;
				c.title = p.title || c.title;
				c.duplicate = p.duplicate;
				if (!c.clause) {
					c.clause = this.byUrl.get(p.url);
					c.context = c.clause?.c;
				}
			}
		});
		if (listing) return outcome(firstOrder, [], 'final');
		const rankedPool = rerank(pool.filter(isCompared), fused, analysis, idfs);
		const inPool = new Set(rankedPool.map((r) => r.probe.id));
		const order = [...rankedPool.map((r) => r.probe), ...firstOrder.filter((c) => !inPool.has(c.id))];
		return outcome(order, rankedPool.map((r) => r.evidence), 'final');
	}

	/**
	 * Results from the answer index alone, for the moment before Pagefind is ready: each clause's heading, the
	 * headings above it and the exact words of its facts (most of its sentences) compared with the query as the
	 * texts are later. Listed at once and refined in place when Pagefind has searched the full texts.
	 */
	private fromAnswerIndex(analysis: QueryAnalysis, count: number): SearchOutcome {
		const probes = this.answers.clauses.map((clause): Candidate => {
			const content = clause.f.map((f) => f.t).join('。');
			return { id: clause.u, title: clause.h, context: clause.c, content, found: new Map(), attached: new Set(), intent: 0, clause };
		});
		const keys = probes.map((p) => matchKey(`${p.title} ${p.context ?? ''} ${p.content}`));
		const idfs = analysis.terms.map((t) => idf(keys.filter((k) => t.alternatives.some((a) => a.key && k.includes(a.key))).length, probes.length));
		const factTerms = analysis.terms.map((t, i) => ({ alternatives: t.alternatives, weight: idfs[i]!, optional: t.optional }));
		for (const p of probes) {
			const pick = pickFact(p.clause!, this.answers.units, analysis.intents, factTerms, analysis.query);
			p.fact = pick;
			p.intent = pick ? pick.level + 0.49 * pick.share : 0;
		}
		const ranked = rerank(probes, new Map(), analysis, idfs).filter((r) => r.evidence.tier > 0);
		const order = ranked.map((r) => r.probe);
		const marks = this.marks(analysis);
		// The excerpt: the fact that answers, or else the one that holds most of the query.
		const excerptOf = (c: Candidate) => {
			const words = c.fact?.fact.t ?? c.clause!.f.map((f) => f.t).sort((a, b) => marks.filter((m) => matchKey(b).includes(m)).length - marks.filter((m) => matchKey(a).includes(m)).length)[0];
			return words ? makeExcerpt(words, marks, { answer: c.fact?.fact.t }) : '';
		};
		const hits = order.slice(0, count).map((c) => ({ url: c.clause!.u, doc: this.answers.docs[c.clause!.d]?.n ?? '', title: c.title, excerpt: excerptOf(c) }));
		return {
			analysis,
			stage: 'first',
			total: order.length,
			hits,
			relaxation: { complete: true, missing: [] },
			suggestions: [],
			answer: this.answerFor(analysis, order[0], ranked[0]?.evidence),
			more: async () => [],
		};
	}

	/** Match keys of what to highlight: the runs typed and every way of writing a term (one character only alone). */
	private marks(analysis: QueryAnalysis): string[] {
		return [...new Set([...analysis.runs, ...analysis.terms.flatMap((t) => t.alternatives.map((a) => a.key))])].filter((k) => [...k].length >= 2 || analysis.terms.length === 1);
	}

	private outcome(state: SearchState, analysis: QueryAnalysis, order: Candidate[], ranked: Evidence[], stage: SearchOutcome['stage'], count: number, found = 0): SearchOutcome {
		const marks = this.marks(analysis);
		const via = Object.keys(HIERARCHY_FILTERS).flatMap((key) => {
			const value = state.filters[key as HierarchyKey];
			return value ? [{ key: key as HierarchyKey, value }] : [];
		});
		const toHit = (c: Candidate): SearchHit => {
			const p = this.pages.get(c.id);
			const doc = p?.doc || (c.clause ? (this.answers.docs[c.clause.d]?.n ?? '') : '');
			const answer = c.fact?.fact.t;
			const excerpt = c.content !== undefined ? makeExcerpt(c.content, marks, { answer }) : answer ? makeExcerpt(answer, marks, { answer }) : '';
			const through = c.clause ? via.map((v) => ({ ...v, broader: viaUnit(this.answers, c.clause!, v.key, v.value) })).find((v) => v.broader) : undefined;
			return { url: p?.url ?? c.clause?.u ?? '', doc, title: c.title, excerpt, ...(through ? { via: { key: through.key, value: through.value, broader: through.broader! } } : {}) };
		};
		const hits = order.slice(0, count).map(toHit);
		let shown = hits.length;
		const more = async (n: number) => {
			const next = order.slice(shown, shown + n);
			shown += next.length;
			await Promise.all(
				next.map(async (c) => {
					const p = await this.text(c);
					if (p) {
						c.content ??= p.content;
						// A candidate beyond those compared in a sharded library has its heading from its text only.
						c.title ||= p.title;
					}
				}),
			);
			return next.map(toHit);
		};
		const relax = relaxation(analysis, ranked);
		const loaded = order.filter((c) => c.content !== undefined).map((c) => matchKey(`${c.title} ${c.content}`));
		// A stretch of the query one character off a known phrase, and in none of the texts compared: a typo.
		const suggestions = stage === 'final' ? suggest(analysis.rest, this.lexicon.phrases, (k) => loaded.some((t) => t.includes(k))) : [];
		return { analysis, stage, total: Math.max(order.length, found), hits, relaxation: relax, suggestions, answer: this.answerFor(analysis, order[0], ranked[0]), more };
	}

	/** The answer line: the best hit's fact that answers the question, when the hit matches the question's words. */
	private answerFor(analysis: QueryAnalysis, best: Candidate | undefined, evidence: Evidence | undefined): Answer | undefined {
		if (!best?.clause || !analysis.intents.length) return undefined;
		const clause = best.clause;
		const doc = this.answers.docs[clause.d];
		// The hit has every word of the question and the fact is of the kind asked, or the fact itself holds most of
		// the question's words, or the question has none but its cue words.
		const fact = best.fact;
		const onTopic = Boolean(fact) && (((evidence?.tier ?? 0) >= 2 && fact!.level >= 2) || fact!.share >= ANSWER_SHARE || required(analysis).length === 0);
		if (best.fact && onTopic) return { text: answerText(clause, best.fact, this.answers.units), url: clause.u, cite: `${doc?.n ?? ''} ${clause.l}`.trim() };
		// A contact question about a document whose clauses give none: the contact line printed with the document.
		const wantsContact = analysis.intents.some((i) => INTENT_FACTS[i].direct.includes('contact'));
		if (wantsContact && doc?.c.length) return { text: doc.c.join(' '), url: doc.u, cite: doc.n };
		return undefined;
	}
}

/**
 * In how many clauses a term was found: by its own searches or, for a named unit or topic, its attachment — the
 * whole lists, not the candidates cut from them.
 */
function foundBy(searches: PlannedSearch[], lists: PagefindResult[][], term: number): number {
	const ids = new Set<string>();
	searches.forEach((s, i) => {
		if ((s.source === 'term' || s.source === 'attached') && s.termIndex === term) for (const r of lists[i]!) ids.add(r.id);
	});
	return ids.size;
}

let loading: Promise<Engine> | undefined;
let loadStarted = 0;
let ready = false;

async function json<T>(path: string): Promise<T> {
	const r = await fetch(path);
	if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
	return r.json() as Promise<T>;
}

/**
 * Load the lexicon and the answer index, and start Pagefind; once. Call it when search is opened. The engine is
 * there as soon as the two files are: a search made before Pagefind is ready lists first what the answer index
 * alone can say.
 */
export function loadEngine(): Promise<Engine> {
	if (!loading) {
		loadStarted = performance.now();
		loading = (async () => {
			const pagefind = loadPagefind();
			void pagefind.then(() => (ready = true), () => undefined);
			const [lexicon, answers] = await Promise.all([json<Lexicon>(LEXICON_PATH), json<AnswerIndex>(ANSWERS_PATH)]);
			return new Engine(lexicon, answers, pagefind);
		})();
		loading.catch(() => (loading = undefined));
	}
	return loading;
}

/**
 * Run a search, loading the engine if needed; `onUpdate` gets the first-stage results (when the texts are slow)
 * and then the final ones. Each stage is timed (from the opening of search when the engine was not loaded).
 */
export async function runSearch(state: SearchState, count: number, onUpdate: (o: SearchOutcome) => void): Promise<SearchOutcome> {
	const called = performance.now();
	const cold = !ready;
	const engine = await loadEngine();
	const opened = performance.getEntriesByName(OPEN_MARK).at(-1)?.startTime ?? loadStarted;
	const start = cold ? Math.min(opened, loadStarted) : called;
	const measure = (stage: SearchOutcome['stage']) => performance.measure('xiangce-search', { start, end: performance.now(), detail: { q: state.q, cold, stage } });
	let first = true;
	const outcome = await engine.search(state, count, (o) => {
		onUpdate(o);
		measure('first');
		first = false;
	});
	onUpdate(outcome);
	if (first) measure('first');
	measure('final');
	return outcome;
}
