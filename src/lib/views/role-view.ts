import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
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

/** An obligation naming the role, with its clause: the same shape as a unit's duty. */
export type RoleItem = Duty;

export interface RoleView {
	unit: UnitData;
	sections: { section: RoleSection; title: string; short: string; hint: string; docs: DocGroup<RoleItem>[]; count: number }[];
	/** Documents whose 主送 includes this kind of organisation. */
	addressedBy: CorpusDoc[];
	/** Calls for applications it can answer. */
	applications: ApplicationSpec[];
	/** Dated obligations it must deliver. */
	deadlines: DeadlineItem[];
	total: number;
}

/** What applies to a kind of organisation (高职院校, 企业…), across documents. */
export function roleView(corpus: Corpus, roleId: string, today: string, applications: ApplicationSpec[] = APPLICATIONS): RoleView | undefined {
	const unit = corpus.unit.get(roleId);
	if (!unit) return undefined;
	const applyClauses = applyClauseKeys(applications);
	const items = corpus.clauses.flatMap((clause) => clause.data.obligations.filter((o) => o.actors.includes(roleId)).map((obligation) => ({ clause, obligation })));
	const sections = ROLE_SECTIONS.map((s) => {
		const mine = items.filter((i) => roleSection(i.clause, i.obligation, applyClauses) === s.section);
		return { ...s, docs: groupByDoc(corpus, mine), count: mine.length };
	});
	return {
		unit,
		sections,
		addressedBy: corpus.docs.filter((d) => d.data.addresseeRoles.includes(roleId)),
		applications: applicationsFor(corpus, roleId, applications),
		deadlines: deadlineItems(corpus, today).filter((d) => d.deadline.who.includes(roleId)),
		total: items.length,
	};
}

/** Every role with its view, the most-addressed first: the kinds of organisation most readers are. */
export function rolesByRelevance(corpus: Corpus, today: string): RoleView[] {
	return corpus.units
		.filter((u) => u.type === 'role')
		.map((u) => roleView(corpus, u.id, today)!)
		.sort((a, b) => b.total - a.total);
}
