import type { RuleFinding } from './types';
import type { RuleException } from '../../schema/rule-exception';

/**
 * Reviewed exceptions to the data rules live in `content/rule-exceptions.yaml` (data, beside the content they excuse;
 * schema: src/lib/schema/rule-exception.ts). Short, each with its reason.
 */
export type { RuleException };

export const excuses = (e: RuleException, f: RuleFinding) => e.rule === f.rule && e.clause === f.clause && (e.quote === undefined || e.quote === f.quote);
