import type { Corpus, CorpusClause } from './index';

/**
 * Which clauses name which unit, built once per corpus. Views per unit (its obligations, what applies to it, its
 * 落实台账) used to scan every clause for every unit: 66 units × 42,000 clauses at ×200, hundreds of times over as
 * pages asked again. Here a unit's candidates are the clauses that name it or a broader unit at all — as an actor of an
 * obligation, a 责任单位, or the sender or receiver of a deadline — and each view applies its own rule to those alone,
 * with the same result as over every clause (tests/unit/unit-index.test.ts).
 */
interface UnitIndex {
	/** Unit id → positions in `corpus.clauses` of the clauses naming it, ascending. */
	naming: Map<string, number[]>;
}

const indexes = new WeakMap<Corpus, UnitIndex>();

function unitIndex(corpus: Corpus): UnitIndex {
	let index = indexes.get(corpus);
	if (index) return index;
	const naming = new Map<string, number[]>();
	corpus.clauses.forEach((c, at) => {
		const ids = new Set<string>();
		for (const o of c.data.obligations) for (const a of o.actors) ids.add(a);
		for (const r of c.data.responsible) ids.add(r.unit);
		for (const d of c.data.deadlines) for (const u of [...d.who, ...d.to]) ids.add(u);
		for (const id of ids) (naming.get(id) ?? naming.set(id, []).get(id)!).push(at);
	});
	index = { naming };
	indexes.set(corpus, index);
	return index;
}

/** The clauses that name any of `ids` (in obligations, 责任单位 or deadlines), in corpus order. */
export function clausesNaming(corpus: Corpus, ids: string[]): CorpusClause[] {
	const { naming } = unitIndex(corpus);
	const lists = ids.map((id) => naming.get(id) ?? []).filter((l) => l.length);
	if (lists.length === 1) return lists[0]!.map((at) => corpus.clauses[at]!);
	const positions = [...new Set(lists.flat())].sort((a, b) => a - b);
	return positions.map((at) => corpus.clauses[at]!);
}

/** Memoise a per-unit view: one computation per corpus and key (pages ask for the same unit many times). */
export function perCorpusAndKey<T>(compute: (corpus: Corpus, key: string) => T): (corpus: Corpus, key: string) => T {
	const cache = new WeakMap<Corpus, Map<string, T>>();
	return (corpus, key) => {
		let byKey = cache.get(corpus);
		if (!byKey) cache.set(corpus, (byKey = new Map()));
		if (!byKey.has(key)) byKey.set(key, compute(corpus, key));
		return byKey.get(key)!;
	};
}
