import { squash } from '../noise';
import { finding, type DataRule, type RuleClause } from './types';

export const isDuplicate = (c: Pick<RuleClause, 'data'>) => c.data.quality.some((q) => q.kind === 'duplicate');

/**
 * Repeated text is counted once. A `duplicate` flag names the clause it repeats (`of`), which exists, is not a
 * duplicate itself and holds the repeated words; views and counts then skip the duplicate
 * (`countsFacts` in src/lib/corpus), and the original carries the facts. A clause whose whole text repeats an
 * earlier clause of its document without being flagged is reported too, so a repeat cannot be counted twice
 * unnoticed.
 */
export const duplicatesRule: DataRule = {
	id: 'duplicates',
	title: 'a repeated clause is flagged `duplicate` of its original, and only the original is counted',
	scope: (input) => input.clauses.length,
	check: (ctx) => {
		const byKey = new Map(ctx.input.clauses.map((c) => [`${c.doc}/${c.id}`, c]));
		const firstWithText = new Map<string, RuleClause>();
		return ctx.input.clauses.flatMap((c) => {
			const out = c.data.quality.flatMap((q, i) => {
				if (q.kind !== 'duplicate') return [];
				if (!q.of) return [finding(ctx, 'duplicates', c, ['quality', i], 'is a `duplicate` flag without `of`: name the clause of this document whose text it repeats (`of: <clause id>`), so that its facts are counted there once', q.quote)];
				const original = byKey.get(`${c.doc}/${q.of}`);
				if (!original) return [finding(ctx, 'duplicates', c, ['quality', i, 'of'], `unknown clause \`${q.of}\` in ${c.doc}`, q.quote)];
				if (isDuplicate(original)) return [finding(ctx, 'duplicates', c, ['quality', i, 'of'], `\`${q.of}\` is itself flagged \`duplicate\`: point at the original, which carries the counted facts`, q.quote)];
				const words = q.quote ?? c.text;
				if (!squash(original.text).includes(squash(words))) return [finding(ctx, 'duplicates', c, ['quality', i, 'of'], `\`${q.of}\` does not contain the repeated words "${words.slice(0, 30)}"`, q.quote)];
				return [];
			});
			const key = `${c.doc}\u0000${squash(c.text)}`;
			const first = firstWithText.get(key);
			if (first && squash(c.text).length >= 20 && !isDuplicate(c)) out.push(finding(ctx, 'duplicates', c, ['quality'], `repeats the whole text of ${first.id} but is not flagged: add \`{ kind: duplicate, of: ${first.id}, note: … }\` so its facts are not counted twice`));
			if (!first) firstWithText.set(key, c);
			return out;
		});
	},
};
