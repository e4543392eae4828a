import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import type { Deadline } from '../schema/deadline';
import type { Obligation } from '../schema/obligation';
import type { UnitData } from '../schema/unit';
import { clausesApplying } from './applies';
import { ROLE_SECTIONS, roleSection, type RoleSection } from './role-view';

/** The broad school roles whose every kind gets a self-check (职业院校 → 高职院校, 中职学校, 技工院校, 技师学院). */
export const SELF_CHECK_ROOTS = ['vocational-school'];

/** Roles with a self-check page: each root and every narrower role under it, in content order. */
export function selfCheckRoles(corpus: Corpus): string[] {
	const ids = new Set(SELF_CHECK_ROOTS.filter((id) => corpus.unit.has(id)).flatMap((id) => [id, ...corpus.hierarchy.narrower(id)]));
	return corpus.units.filter((u) => ids.has(u.id) && u.type === 'role').map((u) => u.id);
}

export interface SelfCheckDoc {
	doc: CorpusDoc;
	sections: { section: RoleSection; title: string; items: { clause: CorpusClause; obligation: Obligation; index: number; via?: string }[] }[];
	deadlines: { clause: CorpusClause; deadline: Deadline; index: number; via?: string }[];
}

export interface SelfCheck {
	unit: UnitData;
	docs: SelfCheckDoc[];
	/** Items to tick: obligations and deadlines. */
	total: number;
	/** Of which reach the role through a broader one (面向全部职业院校). */
	viaBroader: number;
}

/** Everything addressed to a kind of school, directly or to a broader role, by document, then 义务/条件/机会. */
export function selfCheck(corpus: Corpus, roleId: string): SelfCheck | undefined {
	const unit = corpus.unit.get(roleId);
	if (!unit) return undefined;
	const byDoc = new Map<string, SelfCheckDoc>();
	let total = 0;
	let viaBroader = 0;
	for (const a of clausesApplying(corpus, roleId)) {
		const deadlines = a.deadlines.filter((d) => d.as === 'who');
		if (!a.obligations.length && !deadlines.length) continue;
		const doc = corpus.doc.get(a.clause.doc)!;
		const entry = byDoc.get(doc.slug) ?? { doc, sections: ROLE_SECTIONS.map((s) => ({ section: s.section, title: s.title, items: [] })), deadlines: [] };
		for (const o of a.obligations) entry.sections.find((s) => s.section === roleSection(a.clause, o.obligation))!.items.push({ clause: a.clause, ...o });
		entry.deadlines.push(...deadlines.map((d) => ({ clause: a.clause, deadline: d.deadline, index: d.index, ...(d.via ? { via: d.via } : {}) })));
		byDoc.set(doc.slug, entry);
		total += a.obligations.length + deadlines.length;
		viaBroader += a.obligations.filter((o) => o.via).length + deadlines.filter((d) => d.via).length;
	}
	const docs = corpus.docs.filter((d) => byDoc.has(d.slug)).map((d) => {
		const e = byDoc.get(d.slug)!;
		return { ...e, sections: e.sections.filter((s) => s.items.length > 0) };
	});
	return { unit, docs, total, viaBroader };
}
