/**
 * Scoring of search cases, shared by the search test and the search benchmark: which cases there are, whether a
 * result list answers a case, and recall@1, recall@5 and MRR over a set of cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchCase {
	q: string;
	/** The top 5 must include a clause whose text contains one of these (white space ignored). */
	any: string[];
	kind?: string;
	/** `shared` for tests/search-cases.json, `own` for tests/search/cases.json. */
	set: 'shared' | 'own';
}

export function loadCases(root: string): SearchCase[] {
	const read = (file: string, set: SearchCase['set']) =>
		(JSON.parse(readFileSync(join(root, file), 'utf8')) as { cases: Omit<SearchCase, 'set'>[] }).cases.map((c) => ({ ...c, set }));
	return [...read('tests/search-cases.json', 'shared'), ...read('tests/search/cases.json', 'own')];
}

export interface QuestionCase {
	q: string;
	/** Who asks: a school, an enterprise, a department. */
	persona: 'school' | 'enterprise' | 'department';
	/** What kind of answer it asks for (the report groups by it). */
	intent: string;
	/** Keys (`doc-slug/clause-id`) of the clauses that answer it: one of them must be in the top 5. */
	clauses: string[];
}

/** The question cases of tests/search/questions.json. */
export function loadQuestions(root: string): QuestionCase[] {
	return (JSON.parse(readFileSync(join(root, 'tests/search/questions.json'), 'utf8')) as { cases: QuestionCase[] }).cases;
}

/** 1-based rank of the first result that is one of the answering clauses (result paths `/policies/<doc>/<id>/`), or 0. */
export function firstAnswer(c: Pick<QuestionCase, 'clauses'>, resultPaths: string[]): number {
	const wanted = new Set(c.clauses.map((k) => `/policies/${k}/`));
	return resultPaths.findIndex((p) => wanted.has(p)) + 1;
}

/** Metrics for all questions and by persona and intent, plus the number of questions with no result at all. */
export function questionReport(cases: QuestionCase[], ranks: number[], counts: number[]): { lines: string[]; all: Metrics; empty: number } {
	const pick = (ok: (c: QuestionCase) => boolean) => metrics(ranks.filter((_, i) => ok(cases[i]!)));
	const all = pick(() => true);
	const empty = counts.filter((n) => n === 0).length;
	const groups = (key: 'persona' | 'intent') => [...new Set(cases.map((c) => c[key]))].map((v) => formatMetrics(`  ${v}`, pick((c) => c[key] === v)));
	return { lines: [formatMetrics('questions', all), `empty result lists: ${empty}`, ...groups('persona'), ...groups('intent')], all, empty };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** 1-based rank of the first result whose clause text answers the case, or 0 when none does. */
export function firstHit(c: Pick<SearchCase, 'any'>, resultTexts: (string | undefined)[]): number {
	const needles = c.any.map(squash);
	const i = resultTexts.findIndex((t) => t !== undefined && needles.some((n) => squash(t).includes(n)));
	return i + 1;
}

export interface Metrics {
	n: number;
	recallAt1: number;
	recallAt5: number;
	mrr: number;
}

/** recall@1, recall@5 and mean reciprocal rank (0 for a case with no hit) from 1-based ranks. */
export function metrics(ranks: number[]): Metrics {
	const n = ranks.length;
	const share = (ok: (r: number) => boolean) => (n ? ranks.filter(ok).length / n : 0);
	return {
		n,
		recallAt1: share((r) => r === 1),
		recallAt5: share((r) => r >= 1 && r <= 5),
		mrr: n ? ranks.reduce((s, r) => s + (r > 0 ? 1 / r : 0), 0) / n : 0,
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export function formatMetrics(label: string, m: Metrics): string {
	return `${label.padEnd(10)} n=${String(m.n).padStart(3)}  recall@1 ${pct(m.recallAt1).padStart(6)}  recall@5 ${pct(m.recallAt5).padStart(6)}  MRR ${m.mrr.toFixed(3)}`;
}

/** Metrics for the shared cases, the site's own cases, all cases, and each kind. */
export function report(cases: SearchCase[], ranks: number[]): { lines: string[]; shared: Metrics; all: Metrics } {
	const pick = (ok: (c: SearchCase) => boolean) => metrics(ranks.filter((_, i) => ok(cases[i]!)));
	const shared = pick((c) => c.set === 'shared');
	const all = pick(() => true);
	const kinds = [...new Set(cases.map((c) => c.kind).filter((k): k is string => Boolean(k)))];
	const lines = [
		formatMetrics('shared', shared),
		formatMetrics('own', pick((c) => c.set === 'own')),
		formatMetrics('all', all),
		...kinds.map((k) => formatMetrics(`  ${k}`, pick((c) => c.kind === k))),
	];
	return { lines, shared, all };
}

/**
 * Queries that some clause contains verbatim: `count` runs of 4 to 10 Chinese characters cut from clause texts at
 * fixed, evenly spread places (the same every run), for checking that a verbatim match ranks first.
 */
export function verbatimQueries(texts: string[], count: number): string[] {
	const runs = texts.flatMap((t) => t.match(/\p{Script=Han}{4,}/gu) ?? []);
	const out = new Set<string>();
	for (let i = 0; out.size < count && i < count * 4; i++) {
		const run = runs[Math.floor((i * 7919) % runs.length)]!;
		const length = Math.min(run.length, 4 + (i % 7));
		const start = (i * 31) % (run.length - length + 1);
		out.add(run.slice(start, start + length));
	}
	return [...out];
}

/**
 * Stretches of two to four Chinese characters cut from clause texts at odd places (mid-word as often as not), the
 * same every run: each occurs in the corpus, so search must never answer it with an empty list.
 */
export function fragmentQueries(texts: string[], count: number): string[] {
	const runs = texts.flatMap((t) => t.match(/\p{Script=Han}{6,}/gu) ?? []);
	const out = new Set<string>();
	for (let i = 0; out.size < count && i < count * 4; i++) {
		const run = runs[(i * 7919) % runs.length]!;
		const length = 2 + (i % 3);
		const start = (i * 13 + 1) % (run.length - length);
		out.add(run.slice(start, start + length));
	}
	return [...out];
}
