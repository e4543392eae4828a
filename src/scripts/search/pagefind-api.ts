/** The parts of Pagefind's browser API (/pagefind/pagefind.js, see pagefind.app/docs/api) that search uses. */
import type { PagefindFilter } from '../../lib/search/plan';

export interface PagefindFragment {
	url: string;
	/** The indexed text of the page (the clause title and text). */
	content: string;
	/** Pagefind's own excerpt, HTML with <mark>. */
	excerpt: string;
	meta: Record<string, string | undefined>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindFragment>;
}

export interface PagefindSearchOptions {
	filters?: PagefindFilter;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindRanking {
	termFrequency?: number;
	termSimilarity?: number;
	termSaturation?: number;
	pageLength?: number;
	metaWeights?: Record<string, number>;
}

export interface Pagefind {
	options(options: { ranking?: PagefindRanking; noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
	init(): Promise<void>;
	/** Search another bundle along with this one (a part of the index: src/lib/build/pagefind-parts.ts). */
	mergeIndex(base: string, options?: { ranking?: PagefindRanking }): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}
