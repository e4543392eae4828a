import list from './exceptions.json';
import type { RuleFinding } from './types';

/**
 * A reviewed exception to a data rule: where the text genuinely is ambiguous, a reason instead of a contorted
 * rule. Matched on rule, clause and (when given) the quote of the fact. Kept in `exceptions.json`, short.
 */
export interface RuleException {
	rule: string;
	/** `<doc>/<id>`. */
	clause: string;
	/** The fact's quote; absent: every finding of the rule in the clause. */
	quote?: string;
	/** Why the rule does not apply here, in Chinese or English, one or two sentences. */
	reason: string;
}

export const RULE_EXCEPTIONS: RuleException[] = (list as { exceptions: RuleException[] }).exceptions;

export const excuses = (e: RuleException, f: RuleFinding) => e.rule === f.rule && e.clause === f.clause && (e.quote === undefined || e.quote === f.quote);
