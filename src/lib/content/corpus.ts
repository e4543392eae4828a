import { readContent } from './read';
import { validateContent } from '../validate';
import { formatIssue } from '../error-map';
import { buildCorpus, type Corpus } from '../corpus';

/**
 * The corpus read straight from `content/` (scripts and tests; pages use the Astro content layer).
 * Throws with the validation messages when the content is invalid, since nothing built on it would be right.
 */
export function corpusFromDisk(root: string): Corpus {
	const { content, issues } = validateContent(readContent(root));
	if (issues.length) throw new Error(`content/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
	return buildCorpus({
		documents: [...content.documents].map(([slug, data]) => ({ slug, data })),
		clauses: content.clauses.map((c) => ({ doc: c.doc, id: c.id, data: c.data, text: c.text })),
		units: [...content.units.values()],
		topics: [...content.topics.values()],
		external: [...content.external.values()],
	});
}
