import type { Corpus, CorpusClause } from '../corpus';
import { obligationsBindingAmong, perCorpus } from '../corpus';
import { clausesNaming, perCorpusAndKey } from '../corpus/unit-index';
import type { Deadline } from '../schema/deadline';
import type { Obligation } from '../schema/obligation';
import type { UnitData } from '../schema/unit';
import { groupByDoc, type DocGroup } from './group-by-doc';
import { targetCarriers } from './target-rows';

/**
 * Every clause that applies to a unit or role, with why: the ground the 落实台账, the print bundle and the
 * self-check share. What the text addresses to a broader role (职业院校) applies to every narrower one (高职院校);
 * such facts carry `via`, the broader id, so pages can say 面向全部职业院校.
 */
export interface AppliedClause {
	clause: CorpusClause;
	/** Obligations binding the unit, with their index in the clause (for stable keys). */
	obligations: { obligation: Obligation; index: number; via?: string }[];
	/** The unit's own 责任单位 entry for the clause: lead wins over co. */
	responsible?: { role: 'lead' | 'co'; via?: string };
	/** Dated obligations the unit delivers (`who`) or receives (`to`). */
	deadlines: { deadline: Deadline; index: number; as: 'who' | 'to'; via?: string }[];
	/** The unit carries the clause's targets (its 责任单位, or its actors where the text names none). */
	carriesTargets: boolean;
}

/** `面向全部职业院校`: the label of a fact that reaches a unit through a broader role. */
export function viaLabel(corpus: Corpus, via: string | undefined): string | undefined {
	return via ? `面向全部${corpus.unit.get(via)?.name ?? via}` : undefined;
}

/**
 * Annex rows whose assignment of this unit is carried to the clause they restate (82号 附件 序号5 → 第6条, via
 * `responsible[].via`): listing both would count one task twice, so the row is left to the clause.
 */
function carriedRows(clauses: CorpusClause[], ids: string[]): Set<string> {
	const out = new Set<string>();
	for (const c of clauses) for (const r of c.data.responsible) if (r.via && ids.includes(r.unit)) out.add(`${c.doc}/${r.via}`);
	return out;
}

/** The clauses that apply to a unit, in corpus order; empty for an unknown id. Computed once per corpus and unit. */
export const clausesApplying = perCorpusAndKey((corpus, unitId): AppliedClause[] => (corpus.unit.has(unitId) ? clausesApplyingAmong(corpus, unitId, clausesNaming(corpus, corpus.hierarchy.appliesVia(unitId))) : []));

/**
 * `clausesApplying` over the given clauses (in corpus order): the rule itself. Every way a clause can apply names the
 * unit or a broader one in the clause (an obligation's actors, a 责任单位, a deadline's senders or receivers; target
 * carriers are among the 责任单位 or actors), so the clauses naming them (`clausesNaming`) are all it needs to see;
 * the tests apply it to every clause and compare.
 */
export function clausesApplyingAmong(corpus: Corpus, unitId: string, clauses: CorpusClause[]): AppliedClause[] {
	if (!corpus.unit.has(unitId)) return [];
	const ids = corpus.hierarchy.appliesVia(unitId);
	const broader = (actors: string[]) => (actors.includes(unitId) ? undefined : ids.find((id) => actors.includes(id)));
	const binding = new Map<string, AppliedClause['obligations']>();
	for (const b of obligationsBindingAmong(corpus, unitId, clauses)) {
		const list = binding.get(b.clause.key) ?? [];
		list.push({ obligation: b.obligation, index: b.clause.data.obligations.indexOf(b.obligation), ...(b.via ? { via: b.via } : {}) });
		binding.set(b.clause.key, list);
	}
	const carried = carriedRows(clauses, ids);
	const out: AppliedClause[] = [];
	for (const clause of clauses) {
		const isCarried = carried.has(clause.key);
		const own = clause.data.responsible.filter((r) => ids.includes(r.unit));
		const role = own.length && !isCarried ? (own.some((r) => r.role === 'lead') ? 'lead' : 'co') : undefined;
		const respVia = role ? broader(own.map((r) => r.unit)) : undefined;
		const deadlines = clause.data.deadlines.flatMap((deadline, index): AppliedClause['deadlines'] => {
			const as = deadline.who.some((id) => ids.includes(id)) ? 'who' : deadline.to.some((id) => ids.includes(id)) ? 'to' : undefined;
			if (!as) return [];
			const via = broader(as === 'who' ? deadline.who : deadline.to);
			return [{ deadline, index, as, ...(via ? { via } : {}) }];
		});
		const carriesTargets = !isCarried && clause.data.targets.length > 0 && targetCarriers(clause).units.some((id) => ids.includes(id));
		const obligations = binding.get(clause.key) ?? [];
		if (!obligations.length && !role && !deadlines.length && !carriesTargets) continue;
		out.push({ clause, obligations, ...(role ? { responsible: { role, ...(respVia ? { via: respVia } : {}) } } : {}), deadlines, carriesTargets });
	}
	return out;
}

/** Why a clause applies, in words: `义务主体`, `面向全部职业院校`, `牵头单位`, `报送单位`, `承担量化目标`. */
export function appliesBecause(corpus: Corpus, a: AppliedClause): string[] {
	const out = new Set<string>();
	for (const o of a.obligations) out.add(viaLabel(corpus, o.via) ?? '义务主体');
	if (a.responsible) out.add(`${a.responsible.role === 'lead' ? '牵头单位' : '配合单位'}${a.responsible.via ? `（${viaLabel(corpus, a.responsible.via)}）` : ''}`);
	for (const d of a.deadlines) out.add(`${d.as === 'who' ? '报送单位' : '接收单位'}${d.via ? `（${viaLabel(corpus, d.via)}）` : ''}`);
	if (a.carriesTargets) out.add('承担量化目标');
	return [...out];
}

/**
 * Who a document's clauses apply to: every unit and role with an applying clause in it, in content order, with those
 * clauses. Built once per corpus from each unit's list (a document's print bundle asks for all of them).
 */
export const applyingInDoc: (corpus: Corpus, docSlug: string) => { unit: UnitData; items: AppliedClause[] }[] = (corpus, docSlug) => byDocIndex(corpus).get(docSlug) ?? [];
const byDocIndex = perCorpus((corpus) => {
	const index = new Map<string, { unit: UnitData; items: AppliedClause[] }[]>();
	for (const unit of corpus.units) {
		let last: { unit: UnitData; items: AppliedClause[] } | undefined;
		for (const a of clausesApplying(corpus, unit.id)) {
			if (last?.items[0]!.clause.doc !== a.clause.doc) {
				last = { unit, items: [] };
				(index.get(a.clause.doc) ?? index.set(a.clause.doc, []).get(a.clause.doc)!).push(last);
			}
			last.items.push(a);
		}
	}
	return index;
});

/** Applying clauses grouped by document, in display order. */
export function applyingByDoc(corpus: Corpus, unitId: string): DocGroup<AppliedClause>[] {
	return groupByDoc(corpus, clausesApplying(corpus, unitId));
}
