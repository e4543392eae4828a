import { finding, type DataRule, type RuleClause, type RuleContext } from './types';

/**
 * The units a clause names: by name or alias (我厅 → the issuing 厅), and, through a generic body it names
 * (发展改革、财政…等部门; 地方政府), each of that body's narrower units — which of them the sentence means is
 * `unit-level.ts`'s business.
 */
export function namedUnits(ctx: RuleContext, c: RuleClause): Set<string> {
	const issuers = ctx.input.documents.get(c.doc)?.issuers ?? [];
	const named = new Set<string>();
	for (const m of ctx.resolver.mentions(c.text, issuers)) {
		named.add(m.id);
		if (ctx.units.get(m.id)?.level === 'any') for (const n of ctx.hierarchy.narrower(m.id)) named.add(n);
	}
	return named;
}

/**
 * Every actor of an obligation is named by its clause, or the obligation says it is the addressee by implication
 * (`implied: addressees` — the document's 主送; `implied: issuer` — the issuing bodies' own programme) and the
 * actor is one of those. An `implied` whose actors are all named is stale.
 */
export const actorsRule: DataRule = {
	id: 'actors',
	title: 'actors are named by the clause, or marked `implied` and among the addressees/issuers',
	scope: (input) => input.clauses.reduce((n, c) => n + c.data.obligations.reduce((m, o) => m + o.actors.length, 0), 0),
	check: (ctx) =>
		ctx.input.clauses.flatMap((c) => {
			const named = namedUnits(ctx, c);
			const doc = ctx.input.documents.get(c.doc);
			const unitName = (id: string) => ctx.units.get(id)?.name ?? id;
			return c.data.obligations.flatMap((o, i) => {
				const unnamed = o.actors.map((a, j) => ({ a, j })).filter(({ a }) => !named.has(a));
				if (!o.implied) {
					return unnamed.map(({ a, j }) =>
						finding(ctx, 'actors', c, ['obligations', i, 'actors', j], `\`${a}\` (${unitName(a)}) is not named in the clause: list the actors the text names; where it names no one, set \`implied: addressees\` (the document's 主送), \`implied: issuer\`, or \`implied: context\` with \`namedIn: <clause>\``, o.quote),
					);
				}
				if (!unnamed.length) return [finding(ctx, 'actors', c, ['obligations', i, 'implied'], 'every actor is named in the clause: remove `implied`', o.quote)];
				if (o.implied === 'context') {
					const other = o.namedIn ? ctx.input.clauses.find((x) => x.doc === c.doc && x.id === o.namedIn) : undefined;
					if (!other) return [finding(ctx, 'actors', c, ['obligations', i, o.namedIn ? 'namedIn' : 'implied'], o.namedIn ? `unknown clause \`${o.namedIn}\` in ${c.doc}` : '`implied: context` needs `namedIn`: the clause of this document that names the actors', o.quote)];
					const there = namedUnits(ctx, other);
					return unnamed
						.filter(({ a }) => !there.has(a))
						.map(({ a, j }) => finding(ctx, 'actors', c, ['obligations', i, 'actors', j], `\`${a}\` (${unitName(a)}) is named neither in this clause nor in ${o.namedIn}`, o.quote));
				}
				const pool = o.implied === 'addressees' ? (doc?.addresseeRoles ?? []) : (doc?.issuers ?? []);
				return unnamed
					.filter(({ a }) => !pool.includes(a))
					.map(({ a, j }) =>
						finding(ctx, 'actors', c, ['obligations', i, 'actors', j], `\`${a}\` (${unitName(a)}) is neither named in the clause nor one of the document's ${o.implied === 'addressees' ? '主送 (addresseeRoles' : 'issuers ('}: ${pool.join(', ') || 'none'}): an implied actor must be one of them`, o.quote),
					);
			});
		}),
};
