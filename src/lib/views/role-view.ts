import { obligationsBinding, type Corpus, type CorpusClause, type CorpusDoc } from '../corpus';
import type { Obligation } from '../schema/obligation';
import type { UnitData } from '../schema/unit';
import { APPLICATIONS, applicationsFor, type ApplicationSpec } from './applications';
import { groupByDoc, type DocGroup } from './group-by-doc';
import { deadlineItems, type DeadlineItem } from './timeline';
import type { Duty } from './unit-duties';

/** What an item addressed to a kind of organisation means for it. */
export type RoleSection = 'obligation' | 'condition' | 'opportunity';

export const ROLE_SECTIONS: { section: RoleSection; title: string; short: string; hint: string }[] = [
	{ section: 'obligation', title: '义务（必须、应当）', short: '义务', hint: '原文用“须、应、要”等词对其提出的要求。' },
	{ section: 'condition', title: '申报条件、评价指标与材料要求', short: '条件', hint: '申报、评审和推荐书中对其提出的条件、观测点和填报要求。' },
	{ section: 'opportunity', title: '支持与鼓励（机会）', short: '支持与鼓励', hint: '原文用“支持、鼓励、可以”等词给予的机会。' },
];

/** Clauses that set conditions rather than duties: the call's conditions, indicators, forms and their notes. */
const CONDITION_KINDS = new Set(['condition', 'indicator', 'form', 'note']);

/**
 * Sort an obligation into a section: wording decides opportunities (鼓励/支持/可以); the clause decides
 * conditions (a condition, indicator or form clause, or the apply clause of a call for applications).
 */
export function roleSection(clause: CorpusClause, o: Obligation, applyClauses: Set<string> = applyClauseKeys(APPLICATIONS)): RoleSection {
	if (o.modality === 'encouraged' || o.modality === 'supported' || o.modality === 'may') return 'opportunity';
	if (CONDITION_KINDS.has(clause.data.kind) || applyClauses.has(clause.key)) return 'condition';
	return 'obligation';
}

function applyClauseKeys(applications: ApplicationSpec[]): Set<string> {
	return new Set(applications.map((a) => `${a.doc}/${a.applyClause}`));
}

/** An obligation binding the role, with its clause: the same shape as a unit's duty (`via`: the broader role named). */
export type RoleItem = Duty;

export interface RoleView {
	unit: UnitData;
	sections: { section: RoleSection; title: string; short: string; hint: string; docs: DocGroup<RoleItem>[]; count: number; broader: number }[];
	/** Documents whose 主送 includes this kind of organisation. */
	addressedBy: CorpusDoc[];
	/** Documents whose 主送 includes a broader kind it belongs to (各职业院校 for 高职院校), with that kind. */
	addressedVia: { doc: CorpusDoc; via: string }[];
	/** The broader roles whose obligations bind it too (高职院校: 职业院校, 高等学校), nearest first. */
	broaderRoles: UnitData[];
	/** Calls for applications it can answer. */
	applications: ApplicationSpec[];
	/** Dated obligations it must deliver. */
	deadlines: DeadlineItem[];
	total: number;
	/** Of `total`, those addressed to a broader role. */
	broader: number;
}

/**
 * What applies to a kind of organisation (高职院校, 企业…), across documents: what names it, and what names a broader
 * kind it belongs to (职业院校, 高等学校), each item carrying `via` so the page can say 面向全部职业院校.
 */
export function roleView(corpus: Corpus, roleId: string, today: string, applications: ApplicationSpec[] = APPLICATIONS): RoleView | undefined {
	const unit = corpus.unit.get(roleId);
	if (!unit) return undefined;
	const applyClauses = applyClauseKeys(applications);
	const items: RoleItem[] = obligationsBinding(corpus, roleId);
	const sections = ROLE_SECTIONS.map((s) => {
		const mine = items.filter((i) => roleSection(i.clause, i.obligation, applyClauses) === s.section);
		return { ...s, docs: groupByDoc(corpus, mine), count: mine.length, broader: mine.filter((i) => i.via).length };
	});
	const up = corpus.hierarchy.broader(roleId);
	const applies = [roleId, ...up];
	return {
		unit,
		sections,
		addressedBy: corpus.docs.filter((d) => d.data.addresseeRoles.includes(roleId)),
		addressedVia: corpus.docs.flatMap((d) => {
			const via = d.data.addresseeRoles.includes(roleId) ? undefined : up.find((id) => d.data.addresseeRoles.includes(id));
			return via ? [{ doc: d, via }] : [];
		}),
		broaderRoles: up.map((id) => corpus.unit.get(id)!).filter((u) => u?.type === 'role'),
		applications: applicationsFor(corpus, roleId, applications),
		deadlines: deadlineItems(corpus, today).filter((d) => d.deadline.who.some((w) => applies.includes(w))),
		total: items.length,
		broader: items.filter((i) => i.via).length,
	};
}

/** Every role with its view, the most-addressed first: the kinds of organisation most readers are. */
export function rolesByRelevance(corpus: Corpus, today: string): RoleView[] {
	return corpus.units
		.filter((u) => u.type === 'role')
		.map((u) => roleView(corpus, u.id, today)!)
		.sort((a, b) => b.total - a.total);
}
