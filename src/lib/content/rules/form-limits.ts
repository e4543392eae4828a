import { numbersIn } from '../numbers';
import { squash } from '../noise';
import type { Target } from '../../schema/target';
import { finding, type DataRule, type RuleClause, type RuleContext } from './types';

/** Units that only a form's instructions count in: characters written, points of line spacing, type sizes. */
export const FORM_UNITS = new Set(['字', '磅', '号']);
/** Words of a form instruction: 不超过200字, 2000字以内, 行距, 字号, 字体, 数据截止时间. */
export const FORM_INSTRUCTION_WORDS = /(?:不超过|以内)\s*\d*\s*字|\d\s*字以内|行距|字号|字体|截止时间为/u;

const byKey = new WeakMap<RuleContext, Map<string, RuleClause>>();

/** The clause is a form or a form's filling note (or sits under one). */
function inForm(ctx: RuleContext, c: RuleClause): boolean {
	let clauses = byKey.get(ctx);
	if (!clauses) byKey.set(ctx, (clauses = new Map(ctx.input.clauses.map((x) => [`${x.doc}/${x.id}`, x]))));
	for (let x: RuleClause | undefined = c; x; x = x.data.parent ? clauses.get(`${c.doc}/${x.data.parent}`) : undefined) {
		if (x.data.kind === 'form') return true;
	}
	return false;
}

/** Why a target is a form instruction (undefined: it is a policy target). */
export function formInstruction(ctx: RuleContext, c: RuleClause, t: Target): string | undefined {
	if (FORM_UNITS.has(t.unit)) return `its unit is ${t.unit}`;
	if (FORM_INSTRUCTION_WORDS.test(t.quote)) return `“${t.quote}” is an instruction for filling in the form`;
	if (inForm(ctx, c)) return 'its clause is a form or a note on filling in a form';
	return undefined;
}

/**
 * A form's length limits and layout rules are not policy targets: a target that is one must be a `formLimits`
 * entry (shown on the form's page and in the application checklist, not on /targets/). A form limit's number must
 * be written in its quote, and the quote in the clause.
 */
export const formLimitsRule: DataRule = {
	id: 'form-limits',
	title: 'form instructions are `formLimits`, not targets; their quotes and numbers are in the text',
	scope: (input) => input.clauses.reduce((n, c) => n + c.data.targets.length + c.data.formLimits.length, 0),
	check: (ctx) =>
		ctx.input.clauses.flatMap((c) => [
			...c.data.targets.flatMap((t, i) => {
				const why = formInstruction(ctx, c, t);
				return why ? [finding(ctx, 'form-limits', c, ['targets', i], `is a form instruction, not a policy target (${why}): move it to \`formLimits\` with \`field\`, \`kind\` (length, layout or cutoff), \`value\`, \`unit\`, \`comparator\` and \`quote\``, t.quote)] : [];
			}),
			...c.data.formLimits.flatMap((f, i) => [
				...(!squash(c.text).includes(squash(f.quote)) ? [finding(ctx, 'form-limits', c, ['formLimits', i, 'quote'], `"${f.quote.slice(0, 40)}" is not in the clause text: copy the words exactly from the body below the frontmatter`, f.quote)] : []),
				...(f.value !== undefined && !numbersIn(f.quote).includes(f.value) ? [finding(ctx, 'form-limits', c, ['formLimits', i, 'value'], `${f.value} is not written in its quote "${f.quote}": quote the words that state the number`, f.quote)] : []),
			]),
		]),
};
