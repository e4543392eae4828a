/**
 * The data audit: per document the facts by kind, the reviewed exceptions with their reasons, and what every
 * consistency check found — so a reviewer sees at a glance what was checked. `npm run audit` prints it;
 * README "Data rules" carries its figures.
 */
import { MODALITIES, type Modality } from '../schema/obligation';
import { hierarchyProblems } from '../corpus/hierarchy';
import { unitResolver } from '../corpus/units';
import { directiveCoverage, hasFacts, needsFacts } from './coverage';
import { coverageExcused } from './coverage-exceptions';
import { isDuplicate } from './rules/duplicates';
import { runDataRules, type RuleException } from './rules';
import type { ValidContent } from './validate';

export interface FactCounts {
	clauses: number;
	obligations: Record<Modality, number>;
	/** Obligations whose actors the text does not name (`implied`). */
	implied: number;
	targets: number;
	formLimits: number;
	responsible: number;
	deadlines: number;
	refs: number;
	/** Clauses flagged `duplicate` and the facts they hold: rendered, not counted above. */
	duplicateClauses: number;
	duplicateFacts: number;
}

export interface AuditCheck {
	id: string;
	title: string;
	/** How many items it looked at. */
	scope: number;
	/** Findings no exception covers (the check fails when > 0). */
	findings: number;
	/** Findings covered by a reviewed exception. */
	excused: number;
}

export interface AuditReport {
	documents: { slug: string; number: string; counts: FactCounts }[];
	total: FactCounts;
	checks: AuditCheck[];
	exceptions: { list: 'rules' | 'coverage'; rule: string; clause: string; words?: string; reason: string }[];
}

const facts = (d: ValidContent['clauses'][number]['data']) => d.obligations.length + d.targets.length + d.formLimits.length + d.responsible.length + d.deadlines.length;

function countFacts(clauses: ValidContent['clauses']): FactCounts {
	const counted = clauses.filter((c) => !isDuplicate(c));
	const dups = clauses.filter(isDuplicate);
	const obligations = counted.flatMap((c) => c.data.obligations);
	const sum = (f: (c: (typeof counted)[number]) => number) => counted.reduce((n, c) => n + f(c), 0);
	return {
		clauses: clauses.length,
		obligations: Object.fromEntries(MODALITIES.map((m) => [m, obligations.filter((o) => o.modality === m).length])) as Record<Modality, number>,
		implied: obligations.filter((o) => o.implied).length,
		targets: sum((c) => c.data.targets.length),
		formLimits: sum((c) => c.data.formLimits.length),
		responsible: sum((c) => c.data.responsible.length),
		deadlines: sum((c) => c.data.deadlines.length),
		refs: sum((c) => c.data.refs.length),
		duplicateClauses: dups.length,
		duplicateFacts: dups.reduce((n, c) => n + facts(c.data), 0),
	};
}

/** The audit of validated content. `coverageExceptions`: tests/content/coverage-exceptions.json's entries. */
export function auditReport(content: ValidContent, coverageExceptions: Record<string, string>, validationIssues = 0): AuditReport {
	const rules = runDataRules(content);
	const units = [...content.units.values()];
	const excused = coverageExcused(coverageExceptions, content.clauses);
	const coverage = directiveCoverage(content.clauses);
	const words = coverage.flatMap((c) => c.words.map((w) => ({ clause: c.clause, w })));
	const bare = content.clauses.filter((c) => c.data.kind !== 'section' && !hasFacts(c.data) && needsFacts(c.text).length > 0);
	const stale = rules.stale.length + excused.stale(coverage, content.clauses.filter((c) => !hasFacts(c.data)).map((c) => `${c.doc}/${c.id}`)).length;
	const checks: AuditCheck[] = [
		{ id: 'schema', title: 'schema, references, quotes in the text, values and dates in their quotes (validate)', scope: content.clauses.length, findings: validationIssues, excused: 0 },
		...rules.results.map((r) => ({ id: r.rule.id, title: r.rule.title, scope: r.rule.scope(content), findings: r.issues.length, excused: r.excused.length })),
		{ id: 'hierarchy', title: 'unit parents exist and make no cycle; no name means two units', scope: units.length, findings: hierarchyProblems(units).length + unitResolver(units).conflicts.length, excused: 0 },
		{ id: 'coverage-words', title: 'every directive word (鼓励、支持、要、应、须、可…) is stated as an obligation', scope: content.clauses.length, findings: words.filter(({ clause, w }) => !excused.word(clause, w.index)).length, excused: words.filter(({ clause, w }) => excused.word(clause, w.index)).length },
		{ id: 'coverage-facts', title: 'a clause with a number, date or directive word has some fact', scope: content.clauses.length, findings: bare.filter((c) => !excused.clause(`${c.doc}/${c.id}`)).length, excused: bare.filter((c) => excused.clause(`${c.doc}/${c.id}`)).length },
		{ id: 'stale-exceptions', title: 'every exception still excuses something', scope: content.ruleExceptions.length + Object.keys(coverageExceptions).length, findings: stale, excused: 0 },
	];
	const byDoc = [...content.documents].sort(([, a], [, b]) => a.order - b.order);
	const ruleExceptions = (list: RuleException[]) => list.map((e) => ({ list: 'rules' as const, rule: e.rule, clause: e.clause, words: e.quote, reason: e.reason }));
	const usedRuleExceptions = [...new Set(rules.results.flatMap((r) => r.excused.map((x) => x.exception)))];
	return {
		documents: byDoc.map(([slug, d]) => ({ slug, number: d.number, counts: countFacts(content.clauses.filter((c) => c.doc === slug)) })),
		total: countFacts(content.clauses),
		checks,
		exceptions: [
			...ruleExceptions(usedRuleExceptions),
			...Object.entries(coverageExceptions).map(([key, reason]) => {
				const [, clause, w] = key.match(/^(\S+)(?: “(.+)”)?$/u) ?? [];
				return { list: 'coverage' as const, rule: 'coverage', clause: clause ?? key, words: w, reason };
			}),
		],
	};
}

const table = (head: string[], rows: (string | number)[][], align: ('l' | 'r')[]) =>
	[`| ${head.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The report as Markdown tables (the README's figures are pasted from it). */
export function auditMarkdown(r: AuditReport): string {
	const row = (name: string, c: FactCounts) => [name, c.clauses, ...MODALITIES.map((m) => c.obligations[m]), MODALITIES.reduce((n, m) => n + c.obligations[m], 0), c.implied, c.targets, c.formLimits, c.responsible, c.deadlines, c.refs, c.duplicateClauses ? `${c.duplicateClauses} (${c.duplicateFacts})` : 0];
	const facts = table(
		['document', 'clauses', 'must', 'should', 'encouraged', 'supported', 'may', 'obligations', 'of which implied', 'targets', 'form limits', '责任单位', 'deadlines', 'refs', 'duplicates not counted (facts)'],
		[...r.documents.map((d) => row(d.number, d.counts)), row('**total**', r.total)],
		['l', ...Array(14).fill('r')],
	);
	const checks = table(
		['check', 'what it checks', 'looked at', 'findings', 'excused', 'result'],
		r.checks.map((c) => [`\`${c.id}\``, c.title, c.scope, c.findings, c.excused, c.findings ? '**FAIL**' : 'pass']),
		['l', 'l', 'r', 'r', 'r', 'l'],
	);
	const exceptions = table(
		['list', 'rule', 'clause', 'words', 'reason'],
		r.exceptions.map((e) => [e.list, e.rule, e.clause, e.words ? `“${e.words.length > 24 ? `${e.words.slice(0, 24)}…` : e.words}”` : '(whole clause)', e.reason.replace(/\|/g, '\\|')]),
		['l', 'l', 'l', 'l', 'l'],
	);
	return `## Facts by document\n\n${facts}\n\n## Consistency checks\n\n${checks}\n\n## Reviewed exceptions (${r.exceptions.length})\n\n${exceptions}\n`;
}
