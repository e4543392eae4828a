/**
 * The data rules: code that checks all the data (README "Data rules"). Each rule is a pure function over the
 * validated content returning `ContentIssue`s with file and line; `checkDataRules` runs them all, applies the
 * reviewed exceptions and reports exceptions that match nothing. `npm run validate`, the build and
 * `npm run audit` call it; the ingest drafts can call `runDataRules` on proposed facts.
 */
import type { ContentIssue } from '../error-map';
import type { RawClause, RawFile } from '../read';
import { unitHierarchy } from '../../corpus/hierarchy';
import { unitResolver } from '../../corpus/units';
import { actorsRule } from './actors';
import { duplicatesRule } from './duplicates';
import { excuses, type RuleException } from './exceptions';
import { formLimitsRule } from './form-limits';
import { modalityRule } from './modality';
import type { DataRule, RuleContext, RuleFinding, RuleInput, RuleClause } from './types';
import { unitLevelRule } from './unit-level';
import { verbatimRule } from './verbatim';

export type { DataRule, RuleClause, RuleFinding, RuleInput } from './types';
export { type RuleException } from './exceptions';

/** Every rule, in the order the audit prints them. */
export const DATA_RULES: DataRule[] = [verbatimRule, modalityRule, actorsRule, unitLevelRule, formLimitsRule, duplicatesRule];

export interface RuleResult {
	rule: DataRule;
	/** Findings no exception covers: errors. */
	issues: RuleFinding[];
	/** Findings an exception covers, with it. */
	excused: { finding: RuleFinding; exception: RuleException }[];
}

export interface DataRulesReport {
	results: RuleResult[];
	/** Exceptions of a clause in the content that match no finding: to be removed. */
	stale: RuleException[];
}

/** What every rule reads, built once: the unit resolver and hierarchy, the clause texts. */
export function ruleContext(input: RuleInput, lineOf: RuleContext['lineOf'] = () => undefined): RuleContext {
	const units = [...input.units.values()];
	return {
		input,
		units: input.units,
		resolver: unitResolver(units),
		hierarchy: unitHierarchy(units),
		texts: new Map(input.clauses.map((c) => [`${c.doc}/${c.id}`, c.text])),
		lineOf,
	};
}

/** Run every rule over the content. `lineOf` finds a field's line in a clause file, when the caller can. */
export function runDataRules(input: RuleInput, options: { lineOf?: RuleContext['lineOf']; exceptions?: RuleException[]; rules?: DataRule[] } = {}): DataRulesReport {
	const ctx = ruleContext(input, options.lineOf);
	const exceptions = options.exceptions ?? input.ruleExceptions ?? [];
	const used = new Set<RuleException>();
	const results = (options.rules ?? DATA_RULES).map((rule) => {
		const result: RuleResult = { rule, issues: [], excused: [] };
		for (const f of rule.check(ctx)) {
			const e = exceptions.find((x) => excuses(x, f));
			if (e) {
				used.add(e);
				result.excused.push({ finding: f, exception: e });
			} else result.issues.push(f);
		}
		return result;
	});
	const present = new Set(input.clauses.map((c) => `${c.doc}/${c.id}`));
	const ran = new Set(results.map((r) => r.rule.id));
	return { results, stale: exceptions.filter((e) => !used.has(e) && present.has(e.clause) && ran.has(e.rule)) };
}


/**
 * The rules' problems as validation issues: every unexcused finding, and every stale exception. `raw` supplies
 * the line numbers. This is the single call `validateContent` makes.
 */
export function checkDataRules(input: RuleInput, raw: { clauses: RawClause[]; ruleExceptions: RawFile<unknown[]> }): ContentIssue[] {
	const byFile = new Map(raw.clauses.map((c) => [c.file, c]));
	const lineOf = (c: RuleClause, path: PropertyKey[]) => byFile.get(c.file)?.lineOf(path);
	const report = runDataRules(input, { lineOf });
	return [
		...report.results.flatMap((r) => r.issues.map(({ file, line, field, message }) => ({ file, line, field, message: `${message} [rule ${r.rule.id}]` }))),
		...report.stale.map((e) => ({ file: raw.ruleExceptions.file, line: raw.ruleExceptions.lineOf([(input.ruleExceptions ?? []).indexOf(e)]), field: `${e.rule} ${e.clause}`, message: `exception matches nothing any more${e.quote ? ` (quote "${e.quote.slice(0, 30)}")` : ''}: remove it` })),
	];
}
