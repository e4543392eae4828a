import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import type { Obligation } from '../schema/obligation';
import type { FormLimit } from '../schema/form-limit';
import type { UnitData } from '../schema/unit';
import { applicants, type ApplicationSpec } from './applications';
import { deadlineItems, type DeadlineItem } from './timeline';

/** Years a form asks data for (`2022 年`, `2024—2025 年` → 2024, 2025), ascending. */
export function yearsIn(text: string): number[] {
	const years = new Set<number>();
	for (const m of text.matchAll(/((?:19|20)\d{2})\s*(?:[—–-]\s*((?:19|20)\d{2})\s*)?年/g)) {
		const from = Number(m[1]);
		const to = m[2] ? Number(m[2]) : from;
		for (let y = from; y <= to; y++) years.add(y);
	}
	return [...years].sort((a, b) => a - b);
}

/** A form's length limits (`不超过200字`, `2000字以内`): its form limits of kind `length`. */
export const wordLimits = (c: CorpusClause): FormLimit[] => c.data.formLimits.filter((f) => f.kind === 'length');

export interface ChecklistForm {
	clause: CorpusClause;
	limits: FormLimit[];
	years: number[];
	duties: Obligation[];
}

export interface Checklist {
	spec: ApplicationSpec;
	doc: CorpusDoc;
	goal?: CorpusClause;
	/** What the apply clause asks of every applicant together (named once, not once per applicant). */
	joint: Obligation[];
	/** Who applies (roles) and who recommends (bodies), each with what the apply clause asks of it alone. */
	applicants: { unit: UnitData; duties: Obligation[] }[];
	recommenders: { unit: UnitData; duties: Obligation[] }[];
	applyClause?: CorpusClause;
	/** Clauses of kind `condition` (条件要求). */
	conditions: CorpusClause[];
	/** Indicators (kind `indicator`) grouped under their heading (the 基本指标); a heading-less indicator is its own group. */
	indicators: { heading: CorpusClause; items: CorpusClause[] }[];
	/** Form clauses (kind `form`): the parts to fill in, with length limits and data years. */
	forms: ChecklistForm[];
	/** Filling instructions (kind `note` clauses with structured data). */
	notes: CorpusClause[];
	deadlines: DeadlineItem[];
}

/** The checklist of an application, built from its document's clauses. */
export function applicationChecklist(corpus: Corpus, spec: ApplicationSpec, today: string): Checklist | undefined {
	const doc = corpus.doc.get(spec.doc);
	if (!doc) return undefined;
	const applyClause = corpus.clause.get(`${spec.doc}/${spec.applyClause}`);
	const who = applicants(corpus, spec);
	const asked = applyClause?.data.obligations ?? [];
	const isJoint = (o: Obligation) => who.apply.length > 1 && who.apply.every((u) => o.actors.includes(u.id));
	const dutiesOf = (u: UnitData) => ({ unit: u, duties: asked.filter((o) => o.actors.includes(u.id) && !isJoint(o)) });
	const kind = (k: string) => doc.clauses.filter((c) => c.data.kind === k);

	const indicators: Checklist['indicators'] = [];
	for (const c of kind('indicator')) {
		const parent = c.data.parent ? corpus.clause.get(`${doc.slug}/${c.data.parent}`) : undefined;
		// An indicator directly under the attachment (附件2 7. 其他) has no 基本指标 heading: it heads itself.
		const heading = parent && parent.data.kind === 'section' ? parent : c;
		const group = indicators.find((g) => g.heading === heading);
		if (group && heading !== c) group.items.push(c);
		else indicators.push({ heading, items: heading === c ? [] : [c] });
	}

	return {
		spec,
		doc,
		goal: spec.goalClause ? corpus.clause.get(`${spec.doc}/${spec.goalClause}`) : undefined,
		joint: asked.filter(isJoint),
		applicants: who.apply.map(dutiesOf),
		recommenders: who.recommend.map(dutiesOf),
		applyClause,
		conditions: kind('condition'),
		indicators,
		forms: kind('form').map((clause) => ({ clause, limits: wordLimits(clause), years: yearsIn(clause.text), duties: clause.data.obligations })),
		notes: kind('note').filter((c) => c.data.obligations.length > 0 || c.data.formLimits.length > 0),
		deadlines: deadlineItems(corpus, today).filter((d) => d.clause.doc === doc.slug),
	};
}
