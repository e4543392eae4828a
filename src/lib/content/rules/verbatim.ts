import { squash } from '../noise';

const quoteIn = (quote: string, text: string) => squash(text).includes(squash(quote));
import { finding, type DataRule, type RuleClause, type RuleContext, type RuleFinding } from './types';

/** Every quoted string of a clause's facts, with its path and the text it quotes. */
export function quotesOf(ctx: RuleContext, c: RuleClause): { path: PropertyKey[]; quote: string; text: string }[] {
	const d = c.data;
	const own = (path: PropertyKey[], quote: string) => ({ path, quote, text: c.text });
	return [
		...d.obligations.flatMap((o, i) => [own(['obligations', i, 'quote'], o.quote), ...(o.period ? [own(['obligations', i, 'period', 'words'], o.period.words)] : [])]),
		...d.targets.flatMap((t, i) => [own(['targets', i, 'quote'], t.quote), ...(t.period ? [own(['targets', i, 'period', 'words'], t.period.words)] : [])]),
		...d.formLimits.map((f, i) => own(['formLimits', i, 'quote'], f.quote)),
		...d.responsible.map((r, i) => ({ path: ['responsible', i, 'quote'], quote: r.quote, text: r.via ? ctx.texts.get(`${c.doc}/${r.via}`) ?? '' : c.text })),
		...d.deadlines.map((x, i) => own(['deadlines', i, 'quote'], x.quote)),
		...d.refs.map((r, i) => own(['refs', i, 'quote'], r.quote)),
		...d.quality.flatMap((q, i) => (q.quote ? [own(['quality', i, 'quote'], q.quote)] : [])),
	];
}

/** Show white space in a message: a tab as ⇥, a line break as ⏎. */
const visible = (s: string) => s.replace(/\t/g, '⇥').replace(/\n/g, '⏎');

/**
 * A quote must be the clause's words exactly, white space included: the site highlights and links the quoted
 * words, and a quote that drops a tab (a table cell boundary) or adds a space says something the text does not
 * print. Quotes that are not in the text at all are reported by validation itself.
 */
export const verbatimRule: DataRule = {
	id: 'verbatim',
	title: 'quotes are verbatim, white space included',
	scope: (input) => input.clauses.reduce((n, c) => n + quotesOf({ texts: new Map() } as RuleContext, c).length, 0),
	check: (ctx) =>
		ctx.input.clauses.flatMap((c) =>
			quotesOf(ctx, c).flatMap(({ path, quote, text }): RuleFinding[] => {
				if (text.includes(quote) || !quoteIn(quote, text)) return [];
				const squashed = quote.replace(/\s+/gu, '');
				// The text's own spelling of the quote, to show what to copy.
				const re = new RegExp([...squashed].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'u');
				const printed = text.match(re)?.[0] ?? '';
				return [finding(ctx, 'verbatim', c, path, `"${visible(quote)}" matches the clause text only if white space is ignored: the text reads "${visible(printed)}"; copy it exactly (⇥ is a tab between table cells — or quote within one cell)`, quote, printed || undefined)];
			}),
		),
};
