import type { ClauseData } from '../schema/clause';
import type { DocumentData } from '../schema/document';
import type { FormLimit, FormLimitKind } from '../schema/form-limit';
import type { Obligation } from '../schema/obligation';
import type { Target } from '../schema/target';
import type { UnitData } from '../schema/unit';
import { numbersIn } from '../content/numbers';
import { DATA_RULES, ruleContext, runDataRules } from '../content/rules';
import type { RuleClause, RuleContext, RuleFinding } from '../content/rules/types';
import { namedUnits } from '../content/rules/actors';
import { FORM_INSTRUCTION_WORDS, FORM_UNITS, formInstruction } from '../content/rules/form-limits';
import { modalityRule } from '../content/rules/modality';
import { unitLevelRule } from '../content/rules/unit-level';
import { verbatimRule } from '../content/rules/verbatim';
import { squash } from './extract/text';

/** The fact lists the conform step reads and edits (a draft clause's `facts`). */
export interface ConformFacts {
	obligations: Obligation[];
	targets: Target[];
	formLimits: FormLimit[];
	responsible: ClauseData['responsible'];
	deadlines: ClauseData['deadlines'];
	refs: ClauseData['refs'];
	quality: ClauseData['quality'];
}

export interface ConformClause {
	id: string;
	label: string;
	title?: string;
	parent?: string;
	kind: ClauseData['kind'];
	order: number;
	/** The plain text validation will see. */
	text: string;
	facts: ConformFacts;
}

/** A proposed fact the rules still reject after every fix: left out of the draft and reported. */
export interface Dropped {
	clause: string;
	kind: keyof ConformFacts;
	quote: string;
	reason: string;
}

/** Rules whose findings carry the one value they accept: applied as they are, in this order (a re-spaced quote first). */
const FIXING_RULES = [verbatimRule, modalityRule, unitLevelRule];

/** Set `value` at `path` of `data` (the path of a rule finding: ['obligations', 2, 'modality']). */
function setAt(data: object, path: PropertyKey[], value: unknown): void {
	let at = data as Record<PropertyKey, unknown>;
	for (const k of path.slice(0, -1)) at = at[k] as Record<PropertyKey, unknown>;
	at[path.at(-1)!] = value;
}

/** Which kind of form instruction a target is: 字 counts length; 截止时间 a cut-off; the rest (磅, 字号, 行距…) layout. */
function formKind(t: Target): FormLimitKind {
	if (t.unit === '字') return 'length';
	if (/截止时间/.test(t.quote)) return 'cutoff';
	return 'layout';
}

/**
 * A target that is a form instruction (the `form-limits` rule) becomes a form limit with the same words: its unit
 * or its words make it one. A number that is one only because it stands in a form (a data column of a 推荐书) is no
 * policy target and no form limit: it is left out (undefined).
 */
function asFormLimit(t: Target): FormLimit | undefined {
	if (!FORM_UNITS.has(t.unit) && !FORM_INSTRUCTION_WORDS.test(t.quote)) return undefined;
	// The field is the form's part as it names it, without the item's own number (1.基地建设情况 → 基地建设情况).
	const field = t.subject.replace(/^\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)*[.．、]?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)])\s*/u, '') || t.subject;
	return { field, kind: formKind(t), value: t.value, unit: t.unit, comparator: t.comparator, quote: t.quote };
}

/**
 * Actors the clause does not name are the addressee by implication (`implied`), as the `actors` rule allows: the
 * document's 主送, its issuer, or the actors a clause above this one names (`context` + `namedIn`). Those that none
 * of these covers are not proposed; an obligation left with no actor is dropped (returns false).
 */
function markImplied(ctx: RuleContext, rc: RuleClause, o: Obligation, doc: Pick<DocumentData, 'issuers' | 'addresseeRoles'>, ancestors: RuleClause[]): boolean {
	delete o.implied;
	delete o.namedIn;
	const named = namedUnits(ctx, rc);
	const unnamed = o.actors.filter((a) => !named.has(a));
	if (!unnamed.length) return true;
	const pools: { implied: NonNullable<Obligation['implied']>; namedIn?: string; ids: Set<string> }[] = [
		{ implied: 'addressees', ids: new Set(doc.addresseeRoles) },
		{ implied: 'issuer', ids: new Set(doc.issuers) },
		...ancestors.map((a) => ({ implied: 'context' as const, namedIn: a.id, ids: namedUnits(ctx, a) })),
	];
	const best = pools.map((p) => ({ p, covered: unnamed.filter((a) => p.ids.has(a)).length })).sort((a, b) => b.covered - a.covered)[0]!;
	const keep = o.actors.filter((a) => named.has(a) || (best.covered > 0 && best.p.ids.has(a)));
	if (!keep.length) return false;
	o.actors = keep;
	if (keep.some((a) => !named.has(a))) {
		o.implied = best.p.implied;
		if (best.p.namedIn) o.namedIn = best.p.namedIn;
	}
	return true;
}

/** The fact a finding is about: its list and index (`obligations[2].actors[0]` → obligations, 2). */
function factOf(f: RuleFinding): { kind: keyof ConformFacts; index: number } | undefined {
	const m = f.field.match(/^(obligations|targets|formLimits|responsible|deadlines|refs|quality)\[(\d+)\]/);
	return m ? { kind: m[1] as keyof ConformFacts, index: Number(m[2]) } : undefined;
}

/**
 * Make a draft's proposed facts pass the data rules (`src/lib/content/rules/`) by the rules' own logic, so the
 * draft validates with no hand edit: the value a rule names is applied (the modality of the governing word, the
 * body at the tier the sentence states, the quote as the text spaces it); actors the text does not name are marked
 * `implied`; form instructions move to `formLimits`. Then every rule runs on the draft, and whatever it still
 * rejects is left out and returned, for the summary. Edits `clauses` in place.
 */
export function conformToRules(slug: string, doc: Pick<DocumentData, 'issuers' | 'addresseeRoles'>, clauses: ConformClause[], units: UnitData[]): Dropped[] {
	const unitMap = new Map(units.map((u) => [u.id, u]));
	const ruleClauses: RuleClause[] = clauses.map((c) => ({
		file: `content/clauses/${slug}/${c.id}.mdx`,
		doc: slug,
		id: c.id,
		text: c.text,
		// The fact lists are the draft's own arrays: a fix applied here is applied to the draft.
		data: { doc: slug, label: c.label, title: c.title, parent: c.parent, kind: c.kind, order: c.order, topics: [], ...c.facts },
	}));
	const input = { documents: new Map([[slug, doc]]), clauses: ruleClauses, units: unitMap };
	const ctx = ruleContext(input);
	const byId = new Map(ruleClauses.map((c) => [c.id, c]));
	const ancestorsOf = (c: RuleClause): RuleClause[] => {
		const out: RuleClause[] = [];
		for (let p = c.data.parent ? byId.get(c.data.parent) : undefined; p; p = p.data.parent ? byId.get(p.data.parent) : undefined) out.push(p);
		return out;
	};
	const dropped: Dropped[] = [];

	for (const rule of FIXING_RULES) for (const f of rule.check(ctx)) if (f.fix) setAt(byId.get(f.clause.slice(slug.length + 1))!.data, f.fix.path, f.fix.value);
	// Two names of one sector can now be the same body: list it once (as lead, if either was).
	for (const c of clauses) {
		for (const o of c.facts.obligations) o.actors = [...new Set(o.actors)];
		const units = new Map<string, ConformFacts['responsible'][number]>();
		for (const r of c.facts.responsible) {
			const had = units.get(`${r.unit}/${r.via ?? ''}`);
			if (!had || (had.role === 'co' && r.role === 'lead')) units.set(`${r.unit}/${r.via ?? ''}`, r);
		}
		c.facts.responsible.splice(0, c.facts.responsible.length, ...units.values());
	}

	for (const [i, rc] of ruleClauses.entries()) {
		const facts = clauses[i]!.facts;
		facts.obligations.splice(0, facts.obligations.length, ...facts.obligations.filter((o) => {
			if (markImplied(ctx, rc, o, doc, ancestorsOf(rc))) return true;
			dropped.push({ clause: rc.id, kind: 'obligations', quote: o.quote, reason: 'no actor the clause names or implies (主送, issuer, a clause above it)' });
			return false;
		}));
		const targets: Target[] = [];
		for (const t of facts.targets) {
			const why = formInstruction(ctx, rc, t);
			if (!why) {
				targets.push(t);
				continue;
			}
			const limit = asFormLimit(t);
			const same = limit && facts.formLimits.find((x) => squash(x.quote).includes(squash(limit.quote)) || squash(limit.quote).includes(squash(x.quote)));
			if (same) {
				// The layout extractor found the same instruction without its number: give it the number.
				if (same.value === undefined && numbersIn(same.quote).includes(limit!.value!)) Object.assign(same, { value: limit!.value, unit: limit!.unit, comparator: limit!.comparator });
			} else if (limit) facts.formLimits.push(limit);
			else dropped.push({ clause: rc.id, kind: 'targets', quote: t.quote, reason: `a number in a form, neither a policy target nor a length or layout rule (${why})` });
		}
		facts.targets.splice(0, facts.targets.length, ...targets);
	}

	// What the rules still reject goes, fact by fact, until they accept the rest (a dropped original can leave its
	// duplicate without one, so run again).
	for (let round = 0; round < 5; round++) {
		const findings = runDataRules(input, { exceptions: [], rules: DATA_RULES }).results.flatMap((r) => r.issues);
		if (!findings.length) break;
		const out = new Map<string, Set<string>>();
		for (const f of findings) {
			const at = factOf(f);
			const c = byId.get(f.clause.slice(slug.length + 1));
			if (!at || !c) continue;
			const key = `${at.kind}:${at.index}`;
			if (out.get(c.id)?.has(key)) continue;
			(out.get(c.id) ?? out.set(c.id, new Set()).get(c.id)!).add(key);
			const fact = (c.data[at.kind] as { quote?: string }[])[at.index];
			dropped.push({ clause: c.id, kind: at.kind, quote: fact?.quote ?? '', reason: `${f.message.replace(/`/g, '')} [rule ${f.rule}]` });
		}
		for (const [id, keys] of out) {
			const c = byId.get(id)!;
			for (const key of [...keys].sort((a, b) => Number(b.split(':')[1]) - Number(a.split(':')[1]))) {
				const [kind, index] = key.split(':') as [keyof ConformFacts, string];
				(c.data[kind] as unknown[]).splice(Number(index), 1);
			}
		}
		if (!out.size) break;
	}
	return dropped;
}
