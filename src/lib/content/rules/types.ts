import type { RuleException } from '../../schema/rule-exception';
import type { ClauseData } from '../../schema/clause';
import type { DocumentData } from '../../schema/document';
import type { UnitData } from '../../schema/unit';
import type { ContentIssue } from '../error-map';
import type { UnitHierarchy } from '../../corpus/hierarchy';
import type { UnitResolver } from '../../corpus/units';

/** A clause as the rules see it: validated frontmatter and the plain verbatim text. */
export interface RuleClause {
	/** File relative to the project root, for messages. */
	file: string;
	doc: string;
	id: string;
	data: ClauseData;
	text: string;
}

/** What the rules check: validated content (`ValidContent` is one), or a proposed draft (ingest). */
export interface RuleInput {
	/** What the rules read of a document: whom it is sent to and who issues it. */
	documents: Map<string, Pick<DocumentData, 'issuers' | 'addresseeRoles'>>;
	clauses: RuleClause[];
	units: Map<string, UnitData>;
	/** The reviewed exceptions (content/rule-exceptions.yaml). */
	ruleExceptions?: RuleException[];
}

/** Built once for all rules. */
export interface RuleContext {
	input: RuleInput;
	units: Map<string, UnitData>;
	resolver: UnitResolver;
	hierarchy: UnitHierarchy;
	/** Plain text of every clause by `<doc>/<id>` (a 责任单位 may be quoted from the annex row it names). */
	texts: Map<string, string>;
	/** 1-based line of a field of a clause's frontmatter, when the caller can tell. */
	lineOf: (clause: RuleClause, path: PropertyKey[]) => number | undefined;
}

/** One thing a rule found wrong: a `ContentIssue`, plus what an exception is matched on. */
export interface RuleFinding extends ContentIssue {
	/** The rule's id (`modality`, `actors`…). */
	rule: string;
	/** `<doc>/<id>` of the clause. */
	clause: string;
	/** The quote of the fact concerned, when there is one (exceptions name it). */
	quote?: string;
	/**
	 * The one value the rule would accept at a path of the clause's data, where the rule can tell (the modality
	 * of the governing word, the unit at the sentence's tier, the quote as printed). `npm run ingest` applies it
	 * to its drafts, so that they follow the rules by the rules' own logic.
	 */
	fix?: { path: PropertyKey[]; value: unknown };
}

/** A data rule: a pure function over the content. */
export interface DataRule {
	id: string;
	/** What it checks, one line, for the audit report. */
	title: string;
	/** How many facts (or quotes, flags) it looks at, for the audit report. */
	scope: (input: RuleInput) => number;
	check: (ctx: RuleContext) => RuleFinding[];
}

/** `obligations[2].actors[0]` from a path. */
export const fieldOf = (path: PropertyKey[]) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');

/** A finding at a field of a clause. */
export function finding(ctx: RuleContext, rule: string, c: RuleClause, path: PropertyKey[], message: string, quote?: string, fix?: unknown): RuleFinding {
	return { rule, clause: `${c.doc}/${c.id}`, file: c.file, line: ctx.lineOf(c, path), field: fieldOf(path), message, quote, ...(fix !== undefined ? { fix: { path, value: fix } } : {}) };
}
