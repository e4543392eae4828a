/**
 * Building the answer index (./answers) from the corpus, at build time.
 */
import { ancestors, type Corpus, type CorpusClause } from '../corpus';
import { locator } from '../citations/citation';
import { clauseName } from '../views/format';
import type { AnswerIndex, Fact } from './answers';
import { HIERARCHY_FILTERS, type HierarchyKey } from './facets';

/** A `how` line that says how to reach someone or where to send: e-mail, phone, address, contact person. */
export const CONTACT_LINE = /@|电话|联系人|联系方式|地址|邮寄至|发送至|传真|\d{3,4}\s*[-—–]\s*\d{7,8}/;
/** A `how` line that gives a number of copies (一式5份). */
export const COPIES_LINE = /一式\s*\d+\s*份|\d+\s*份/;

/** The facts of one clause (unit ids as indices into `unitIndex`). */
export function clauseFacts(corpus: Corpus, clause: CorpusClause, unitIndex: Map<string, number>): Fact[] {
	const ids = (xs: string[]) => xs.map((id) => unitIndex.get(id)).filter((i): i is number => i !== undefined);
	const d = clause.data;
	const facts: Fact[] = [];
	for (const t of d.targets) {
		facts.push({ k: 'target', t: t.quote, x: t.subject, m: t.unit });
		if (t.period && t.period.kind !== 'every') facts.push({ k: 'horizon', t: t.quote, x: t.period.words });
	}
	for (const dl of d.deadlines) {
		facts.push({ k: 'deadline', t: dl.quote, x: dl.what, a: ids(dl.who) });
		for (const line of dl.how) {
			if (CONTACT_LINE.test(line)) facts.push({ k: 'contact', t: line });
			if (COPIES_LINE.test(line)) facts.push({ k: 'copies', t: line, m: '份' });
		}
	}
	for (const o of d.obligations) {
		facts.push({ k: o.modality, t: o.quote, a: ids(o.actors) });
		if (o.period && o.period.kind !== 'every') facts.push({ k: 'horizon', t: o.quote, x: o.period.words });
	}
	for (const r of d.responsible) {
		const name = corpus.unit.get(r.unit)?.name ?? r.unit;
		facts.push({ k: 'responsible', t: r.quote, x: `${name}（${r.role === 'lead' ? '牵头' : '配合'}）`, a: ids([r.unit]) });
	}
	return facts;
}

export function buildAnswerIndex(corpus: Corpus): AnswerIndex {
	const unitIndex = new Map(corpus.units.map((u, i) => [u.id, i]));
	const docIndex = new Map(corpus.docs.map((d, i) => [d.slug, i]));
	const idx = (ids: string[]) => ids.map((id) => unitIndex.get(id)!).filter((i) => i !== undefined);
	const narrower: Record<number, number[]> = {};
	corpus.units.forEach((u, i) => {
		const n = idx(corpus.hierarchy.narrower(u.id));
		if (n.length) narrower[i] = n;
	});
	return {
		units: corpus.units.map((u) => u.name),
		narrower,
		docs: corpus.docs.map((d) => ({ n: d.data.number, u: d.url, c: d.data.printed.filter((p) => p.role === 'contact').map((p) => p.text), i: idx(d.data.issuers) })),
		clauses: corpus.clauses.map((c) => {
			const named = Object.fromEntries(Object.entries(HIERARCHY_FILTERS).map(([key, units]) => [key, idx(units(corpus, c))])) as Record<HierarchyKey, number[]>;
			const context = ancestors(corpus, c).map(clauseName).join(' › ');
			return { u: c.url, d: docIndex.get(c.doc)!, h: clauseName(c), ...(context ? { c: context } : {}), l: locator(corpus, c), f: clauseFacts(corpus, c, unitIndex), n: named };
		}),
	};
}
