/**
 * The search engine in the browser: loads Pagefind and the lexicon the first time search is opened, runs the
 * searches a query plans (src/lib/search/plan.ts) and re-ranks the best candidates (src/lib/search/rank.ts).
 * Every search is timed as a `xiangce-search` performance measure, the first one from the opening of search (the
 * search benchmark reads them).
 */
import { LEXICON_PATH, type Lexicon } from '../../lib/search/lexicon';
import { makeConverter } from '../../lib/search/traditional';
import { combineFilters, DUPLICATE_META, ORDER_SORT, planQuery, type PagefindFilter, type PlannedSearch, type QueryPlan } from '../../lib/search/plan';
import { candidatePool, fuseRankings, fusedOrder, rerank } from '../../lib/search/rank';
import { makeExcerpt, withoutBlockStops } from '../../lib/search/excerpt';
import type { SearchState } from '../../lib/search/url-state';
import type { Pagefind, PagefindFragment, PagefindRanking, PagefindResult } from './pagefind-api';
import { OPEN_MARK, PAGEFIND_BUNDLE } from './prefetch';

/** Candidates whose text is loaded and compared with the query (the rest keep the fused order)… */
const RERANK_DEPTH = 24;
/** …including at least the first few of every search. */
const PER_SEARCH = 6;

/**
 * Pagefind's own ranking stays at its defaults: it only orders candidates for the re-ranking, where exact matches
 * decide (npm run test:browser prints the figures). Metadata other than the title must not lift a clause.
 */
const RANKING: PagefindRanking = { metaWeights: { title: 5, doc: 0, [DUPLICATE_META]: 0 } };

export interface SearchHit {
	url: string;
	/** 发文字号 of the clause's document. */
	doc: string;
	/** Clause label and title, as its page heading. */
	title: string;
	/** HTML: escaped text with <mark>. */
	excerpt: string;
}

export interface SearchOutcome {
	plan: QueryPlan;
	/** Clauses found in all. */
	total: number;
	hits: SearchHit[];
	/** The next `count` hits after those already returned. */
	more(count: number): Promise<SearchHit[]>;
}

class Engine {
	private readonly toSimplified: (s: string) => string;

	constructor(
		private readonly pagefind: Pagefind,
		private readonly lexicon: Lexicon,
	) {
		this.toSimplified = makeConverter(lexicon.t2s);
	}

	plan(q: string): QueryPlan {
		return planQuery(q, this.lexicon, this.toSimplified);
	}

	/** Start fetching the index chunks a query will need, as the person types. */
	preload(q: string): void {
		const plan = this.plan(q);
		for (const s of plan.searches) if (s.term) void this.pagefind.preload(s.term);
	}

	async search(state: SearchState, count: number): Promise<SearchOutcome> {
		const plan = this.plan(state.q);
		const chosen = choiceFilters(state);
		const searches: PlannedSearch[] = plan.searches.length
			? plan.searches
			: chosen
				? [{ source: 'document', term: null, sort: { [ORDER_SORT]: 'asc' }, weight: 1, ranked: true }]
				: [];
		const lists = await Promise.all(
			searches.map((s) => this.pagefind.search(s.term, { filters: combineFilters(s.filters, chosen) ?? {}, sort: s.sort ?? {} })),
		);
		const byId = new Map<string, PagefindResult>();
		for (const list of lists) for (const r of list?.results ?? []) if (!byId.has(r.id)) byId.set(r.id, r);
		const ids = lists.map((list) => (list?.results ?? []).map((r) => r.id));
		const fused = fuseRankings(ids.map((list, i) => ({ ids: list, weight: searches[i]!.weight, ranked: searches[i]!.ranked })));
		const attached = new Set(ids.filter((_, i) => ['attached', 'number'].includes(searches[i]!.source)).flat());
		const order = fusedOrder(fused);

		const loaded = new Map<string, Page>();
		const load = async (ids: string[]) => {
			const missing = ids.filter((id) => !loaded.has(id));
			const fragments = await Promise.all(missing.map((id) => byId.get(id)!.data()));
			missing.forEach((id, i) => loaded.set(id, { id, ...page(fragments[i]!) }));
			return ids.map((id) => loaded.get(id)!);
		};
		// A document listing, or filters without words: there is no text to compare, the order stands.
		const listing = plan.needles.length === 0;
		const head = await load(listing ? order.slice(0, count) : candidatePool(order, ids, RERANK_DEPTH, PER_SEARCH));
		const ranked = listing ? head : rerank(head, fused, { needles: plan.needles, related: plan.related, attached });
		const inHead = new Set(head.map((c) => c.id));
		const sequence = [...ranked.map((c) => c.id), ...order.filter((id) => !inHead.has(id))];
		const marks = [...plan.needles, ...plan.related];
		const toHit = (c: Page): SearchHit => ({ url: c.url, doc: c.doc, title: c.title, excerpt: makeExcerpt(c.content, marks) });

		let shown = 0;
		const more = async (n: number) => {
			const ids = sequence.slice(shown, shown + n);
			shown += ids.length;
			return (await load(ids)).map(toHit);
		};
		return { plan, total: sequence.length, hits: await more(count), more };
	}
}

/** The search page's filter choices as a Pagefind filter. */
function choiceFilters(state: SearchState): PagefindFilter | undefined {
	const entries = Object.entries(state.filters).filter(([, v]) => Boolean(v)) as [string, string][];
	return entries.length ? Object.fromEntries(entries) : undefined;
}

interface Page {
	id: string;
	url: string;
	/** The page heading: clause label and title. */
	title: string;
	doc: string;
	/** The indexed text without the heading. */
	content: string;
	duplicate: boolean;
}

/** A result's page: its text without the heading Pagefind puts first, the heading, the document number. */
function page(f: PagefindFragment): Omit<Page, 'id'> {
	const title = f.meta.title ?? '';
	const text = f.content.startsWith(title) ? f.content.slice(title.length) : f.content;
	const content = withoutBlockStops(text.replace(/^[\s.]+/, ''));
	return { url: f.url, title, doc: f.meta.doc ?? '', content, duplicate: Boolean(f.meta[DUPLICATE_META]) };
}

let loading: Promise<Engine> | undefined;
let loadStarted = 0;
let ready = false;

/** Load Pagefind, its index metadata and the lexicon; once. Call it when search is opened. */
export function loadEngine(): Promise<Engine> {
	if (!loading) {
		loadStarted = performance.now();
		loading = (async () => {
			const [pagefind, lexicon] = await Promise.all([
				import(/* @vite-ignore */ PAGEFIND_BUNDLE) as Promise<Pagefind>,
				fetch(LEXICON_PATH).then((r) => {
					if (!r.ok) throw new Error(`${LEXICON_PATH}: HTTP ${r.status}`);
					return r.json() as Promise<Lexicon>;
				}),
			]);
			// On the main thread: the worker would first have to download its own script and the WASM again, which costs
			// more on the first query than searching this small index costs on the main thread.
			await pagefind.options({ ranking: RANKING, noWorker: true });
			await pagefind.init();
			ready = true;
			return new Engine(pagefind, lexicon);
		})();
		loading.catch(() => (loading = undefined));
	}
	return loading;
}

/** Run a search, loading the engine if needed, and time it (from the opening of search when it was not loaded). */
export async function runSearch(state: SearchState, count: number): Promise<SearchOutcome> {
	const called = performance.now();
	const cold = !ready;
	const engine = await loadEngine();
	const outcome = await engine.search(state, count);
	const opened = performance.getEntriesByName(OPEN_MARK).at(-1)?.startTime ?? loadStarted;
	const start = cold ? Math.min(opened, loadStarted) : called;
	performance.measure('xiangce-search', { start, end: performance.now(), detail: { q: state.q, cold } });
	return outcome;
}
