import { countsFacts, obligationsBinding, type Corpus, type CorpusClause, type CorpusDoc } from '../corpus';
import { clausesNaming } from '../corpus/unit-index';
import type { MODALITIES, Obligation } from '../schema/obligation';
import type { UnitData } from '../schema/unit';
import { MODALITY_ORDER } from './format';
import { unitResolver } from '../corpus/units';
import { targetRows, type TargetRow } from './target-rows';
import { deadlineItems, type DeadlineItem } from './timeline';

type Modality = (typeof MODALITIES)[number];

/** A unit by id, canonical name or any alias in `content/units.yaml` (人社厅 → 省人力资源社会保障厅). */
export function resolveUnit(corpus: Corpus, key: string): UnitData | undefined {
	return corpus.unit.get(key) ?? corpus.unit.get(unitResolver(corpus.units).resolve(key) ?? '');
}

export interface Duty {
	clause: CorpusClause;
	obligation: Obligation;
	/** The broader unit the obligation names, when it does not name this one (面向全部职业院校). */
	via?: string;
}

export interface UnitDocDuties {
	doc: CorpusDoc;
	/** Obligations naming the unit, one group per modality: 必须/应当 first, then 鼓励/支持, then 可以. */
	byModality: { modality: Modality; duties: Duty[] }[];
	/** Clauses naming the unit as 责任单位 (牵头 or 会同/配合). */
	responsible: { clause: CorpusClause; role: 'lead' | 'co' }[];
	/** Targets of the clauses it carries (see `targetCarriers`). */
	targets: TargetRow[];
	/** Dated obligations it delivers (`who`) or receives (`to`). */
	deadlines: (DeadlineItem & { as: 'who' | 'to' })[];
}

export interface UnitDuties {
	unit: UnitData;
	docs: UnitDocDuties[];
	counts: {
		documents: number;
		obligations: number;
		/** Of `obligations`, those naming a broader unit (面向市州人民政府, 面向各级教育行政部门). */
		broader: number;
		byModality: Record<Modality, number>;
		lead: number;
		co: number;
		targets: number;
		deadlines: number;
	};
}

/**
 * Everything a unit is obliged to do or responsible for, across documents: obligations naming it or a broader unit
 * it belongs to (each with `via`), 责任单位 entries, the targets it carries and its deadlines. `key` may be an alias.
 */
export function unitDuties(corpus: Corpus, key: string, today: string): UnitDuties | undefined {
	const unit = resolveUnit(corpus, key);
	if (!unit) return undefined;
	const id = unit.id;
	const duties: Duty[] = obligationsBinding(corpus, id);
	// Only the clauses naming the unit can name it as 责任单位.
	const responsible = clausesNaming(corpus, [id]).filter(countsFacts).flatMap((clause) => {
		const mine = clause.data.responsible.filter((r) => r.unit === id);
		return mine.length ? [{ clause, role: mine.some((r) => r.role === 'lead') ? ('lead' as const) : ('co' as const) }] : [];
	});
	const targets = targetRows(corpus).filter((r) => r.carriers.units.includes(id));
	const deadlines = deadlineItems(corpus, today).flatMap((d): UnitDocDuties['deadlines'] => (d.deadline.who.includes(id) ? [{ ...d, as: 'who' }] : d.deadline.to.includes(id) ? [{ ...d, as: 'to' }] : []));

	const slugs = new Set([...duties, ...responsible, ...targets, ...deadlines].map((x) => x.clause.doc));
	// Each list split by document in one pass (filtering it once per document is quadratic at a thousand documents);
	// corpus.clauses is in document and clause order, so each part is too.
	const split = <T extends { clause: CorpusClause }>(list: T[]) => {
		const parts = new Map<string, T[]>();
		for (const x of list) (parts.get(x.clause.doc) ?? parts.set(x.clause.doc, []).get(x.clause.doc)!).push(x);
		return (slug: string) => parts.get(slug) ?? [];
	};
	const dutiesIn = split(duties);
	const responsibleIn = split(responsible);
	const targetsIn = split(targets);
	const deadlinesIn = split(deadlines);
	const docs = corpus.docs
		.filter((d) => slugs.has(d.slug))
		.map((doc) => {
			const mine = dutiesIn(doc.slug);
			return {
				doc,
				byModality: MODALITY_ORDER.map((modality) => ({ modality, duties: mine.filter((d) => d.obligation.modality === modality) })).filter((g) => g.duties.length > 0),
				responsible: responsibleIn(doc.slug),
				targets: targetsIn(doc.slug),
				deadlines: deadlinesIn(doc.slug),
			};
		});
	const byModality = Object.fromEntries(MODALITY_ORDER.map((m) => [m, duties.filter((d) => d.obligation.modality === m).length])) as Record<Modality, number>;
	return {
		unit,
		docs,
		counts: {
			documents: docs.length,
			obligations: duties.length,
			broader: duties.filter((d) => d.via).length,
			byModality,
			lead: responsible.filter((r) => r.role === 'lead').length,
			co: responsible.filter((r) => r.role === 'co').length,
			targets: targets.length,
			deadlines: deadlines.length,
		},
	};
}
