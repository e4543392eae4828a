import type { Modality } from '../../schema/obligation';
import { PLAIN_DIRECTIVE, directiveWords, type DirectiveWord } from './directive-words';
import { locate, phraseBefore } from './text';
import { finding, type DataRule } from './types';

/**
 * The word that governs a fact's quote: the first directive word in the quote; or, when the quote starts after
 * it (支持 | 湖南工业职业技术学院…建设), the last one in the words between the previous comma and the quote.
 * Undefined when neither has one: the quote is a plain directive.
 */
export function governingWord(quote: string, text: string): DirectiveWord | undefined {
	const own = directiveWords(quote)[0];
	if (own) return own;
	const span = locate(quote, text);
	if (!span) return undefined;
	return directiveWords(phraseBefore(text, span)).at(-1);
}

/** The modality the governing word gives, or `should` for a plain directive. */
export function expectedModality(quote: string, text: string): { modality: Modality; word?: string } {
	const g = governingWord(quote, text);
	return g ? { modality: g.modality, word: g.word } : { modality: PLAIN_DIRECTIVE };
}

export const modalityRule: DataRule = {
	id: 'modality',
	title: 'modality agrees with the governing word (README table; no word → should)',
	scope: (input) => input.clauses.reduce((n, c) => n + c.data.obligations.length, 0),
	check: (ctx) =>
		ctx.input.clauses.flatMap((c) =>
			c.data.obligations.flatMap((o, i) => {
				const want = expectedModality(o.quote, c.text);
				if (o.modality === want.modality) return [];
				const why = want.word
					? `the governing word “${want.word}” means \`${want.modality}\` (README modality table)`
					: `the quote has no directive word, so it is a plain directive (\`${PLAIN_DIRECTIVE}\`)`;
				return [finding(ctx, 'modality', c, ['obligations', i, 'modality'], `is \`${o.modality}\` but ${why}: set \`modality: ${want.modality}\`, or quote the word that governs this action`, o.quote, want.modality)];
			}),
		),
};
