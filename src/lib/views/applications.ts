import type { Corpus } from '../corpus';
import type { UnitData } from '../schema/unit';

/**
 * Calls for applications that get a printable checklist. Only the anchors are named here (public clause ids);
 * everything on the checklist is derived from the document's clauses by their `kind`.
 */
export interface ApplicationSpec {
	/** URL id (`/apply/<id>/`). */
	id: string;
	/** What is applied for (`市域产教联合体`). */
	title: string;
	/** The document making the call. */
	doc: string;
	/** The clause saying who applies and how (its actors are the applicants). */
	applyClause: string;
	/** The clause with the programme's goals (its targets frame who can apply). */
	goalClause?: string;
}

export const APPLICATIONS: ApplicationSpec[] = [
	{ id: 'shiyu-chanjiao-lianheti', title: '市域产教联合体', doc: 'xiang-jiao-tong-2024-23', applyClause: '3-2', goalClause: '1' },
];

/** Units named as actors in an application's apply clause, in order of first mention: roles apply, bodies recommend. */
export function applicants(corpus: Corpus, spec: ApplicationSpec): { apply: UnitData[]; recommend: UnitData[] } {
	const clause = corpus.clause.get(`${spec.doc}/${spec.applyClause}`);
	const ids = [...new Set(clause?.data.obligations.flatMap((o) => o.actors) ?? [])];
	const units = ids.map((id) => corpus.unit.get(id)).filter((u): u is UnitData => Boolean(u));
	return { apply: units.filter((u) => u.type === 'role'), recommend: units.filter((u) => u.type === 'body') };
}

/** Applications a role can apply to. */
export function applicationsFor(corpus: Corpus, roleId: string, applications: ApplicationSpec[] = APPLICATIONS): ApplicationSpec[] {
	return applications.filter((spec) => applicants(corpus, spec).apply.some((u) => u.id === roleId));
}
