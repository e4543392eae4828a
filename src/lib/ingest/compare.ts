import type { ClauseFacts, FactKind } from './draft';
import { squash } from './extract/text';

/** A clause as the comparison sees it: its plain text and its facts. */
export interface CompareClause {
	id: string;
	text: string;
	facts: ClauseFacts;
}

export interface Score {
	/** Facts on each side. */
	proposed: number;
	curated: number;
	/** Proposed facts matched to a curated one (one to one). */
	matched: number;
	/** Among matched pairs, how many agree on a second field (modality, actors, role, comparator). */
	agree: Record<string, number>;
}

/** Longest common substring length (the texts are short phrases). */
function lcs(a: string, b: string): number {
	let best = 0;
	let prev = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		const row = new Array<number>(b.length + 1).fill(0);
		for (let j = 1; j <= b.length; j++) {
			if (a[i - 1] === b[j - 1]) {
				row[j] = prev[j - 1]! + 1;
				if (row[j]! > best) best = row[j]!;
			}
		}
		prev = row;
	}
	return best;
}

/**
 * Two quotes point at the same words when one holds the other or they share a run of at least half the shorter
 * one (and at least 4 characters): curators and the extractor cut quotes at different places.
 */
export function overlaps(a: string, b: string): boolean {
	const x = squash(a);
	const y = squash(b);
	if (!x || !y) return false;
	if (x.includes(y) || y.includes(x)) return true;
	return lcs(x, y) >= Math.max(4, Math.ceil(Math.min(x.length, y.length) / 2));
}

const unitOf = (u: string) => (u === '个月' ? '月' : u === '％' ? '%' : u);

type AnyFact = { quote?: string; via?: string };

/**
 * Which curated clause a proposed fact is about: the one whose text holds its quote (the draft's clause ids may
 * differ where the structure does), preferring the clause of the same id. `via` facts stay with their clause id.
 */
function homeOf(fact: AnyFact, from: CompareClause, curated: CompareClause[]): string | undefined {
	const same = curated.find((c) => c.id === from.id);
	if (fact.via || !fact.quote) return same?.id;
	const q = squash(fact.quote);
	const holders = curated.filter((c) => squash(c.text).includes(q));
	if (same && holders.includes(same)) return same.id;
	if (holders.length === 1) return holders[0]!.id;
	const inside = holders.find((c) => squash(from.text).includes(squash(c.text)) || squash(c.text).includes(squash(from.text)));
	return (inside ?? holders[0] ?? same)?.id;
}

/** Whether two facts of a kind are the same fact (beyond being in the same clause). */
const SAME: Record<FactKind, (p: never, c: never) => boolean> = {
	targets: (p: ClauseFacts['targets'][number], c: ClauseFacts['targets'][number]) => p.value === c.value && unitOf(p.unit) === unitOf(c.unit) && overlaps(p.quote, c.quote),
	formLimits: (p: ClauseFacts['formLimits'][number], c: ClauseFacts['formLimits'][number]) => p.value === c.value && overlaps(p.quote, c.quote),
	deadlines: (p: ClauseFacts['deadlines'][number], c: ClauseFacts['deadlines'][number]) => p.date === c.date,
	refs: (p: ClauseFacts['refs'][number], c: ClauseFacts['refs'][number]) => (p.doc ?? p.external) === (c.doc ?? c.external) && overlaps(p.quote, c.quote),
	responsible: (p: ClauseFacts['responsible'][number], c: ClauseFacts['responsible'][number]) => p.unit === c.unit,
	obligations: (p: ClauseFacts['obligations'][number], c: ClauseFacts['obligations'][number]) => overlaps(p.quote, c.quote),
	quality: (p: ClauseFacts['quality'][number], c: ClauseFacts['quality'][number]) => p.kind === c.kind,
};

/** The second fields compared on matched pairs. */
const AGREE: Partial<Record<FactKind, Record<string, (p: never, c: never) => boolean>>> = {
	obligations: {
		modality: (p: ClauseFacts['obligations'][number], c: ClauseFacts['obligations'][number]) => p.modality === c.modality,
		actors: (p: ClauseFacts['obligations'][number], c: ClauseFacts['obligations'][number]) => [...p.actors].sort().join() === [...c.actors].sort().join(),
		'actors overlap': (p: ClauseFacts['obligations'][number], c: ClauseFacts['obligations'][number]) => p.actors.some((a) => c.actors.includes(a)),
	},
	responsible: { role: (p: ClauseFacts['responsible'][number], c: ClauseFacts['responsible'][number]) => p.role === c.role },
	targets: { comparator: (p: ClauseFacts['targets'][number], c: ClauseFacts['targets'][number]) => p.comparator === c.comparator && p.approx === c.approx },
	formLimits: { kind: (p: ClauseFacts['formLimits'][number], c: ClauseFacts['formLimits'][number]) => p.kind === c.kind && p.comparator === c.comparator },
	refs: { clause: (p: ClauseFacts['refs'][number], c: ClauseFacts['refs'][number]) => (p.clause ?? '') === (c.clause ?? '') },
};

/**
 * Compare a draft's facts with the curated ones of the same document, kind by kind: a proposed fact matches a
 * curated fact of the same clause (deadlines: of the document) that is the same by the kind's rule, one to one.
 */
export function compareFacts(curated: CompareClause[], draft: CompareClause[], kinds: readonly FactKind[]): Record<FactKind, Score> {
	const out = {} as Record<FactKind, Score>;
	for (const kind of kinds) {
		const score: Score = { proposed: 0, curated: 0, matched: 0, agree: Object.fromEntries(Object.keys(AGREE[kind] ?? {}).map((k) => [k, 0])) };
		const pool = curated.flatMap((c) => (c.facts[kind] as AnyFact[]).map((f) => ({ clause: c.id, f, taken: false })));
		score.curated = pool.length;
		for (const d of draft) {
			for (const f of d.facts[kind] as AnyFact[]) {
				score.proposed++;
				const home = kind === 'deadlines' ? undefined : homeOf(f, d, curated);
				const same = SAME[kind] as (p: AnyFact, c: AnyFact) => boolean;
				const hit = pool.find((x) => !x.taken && (kind === 'deadlines' || x.clause === home) && same(f, x.f));
				if (!hit) continue;
				hit.taken = true;
				score.matched++;
				for (const [name, ok] of Object.entries(AGREE[kind] ?? {})) if ((ok as (p: AnyFact, c: AnyFact) => boolean)(f, hit.f)) score.agree[name]!++;
			}
		}
		out[kind] = score;
	}
	return out;
}

/** Sum scores over documents. */
export function addScores(a: Score, b: Score): Score {
	const agree = { ...a.agree };
	for (const [k, v] of Object.entries(b.agree)) agree[k] = (agree[k] ?? 0) + v;
	return { proposed: a.proposed + b.proposed, curated: a.curated + b.curated, matched: a.matched + b.matched, agree };
}
