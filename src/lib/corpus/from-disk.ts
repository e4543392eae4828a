import { readContent } from '../content/read';
import { validateContent, type ValidContent } from '../content/validate';
import { formatIssue } from '../content/error-map';
import { buildCorpus, type Corpus } from './index';
import type { IndustryLayout } from '../schema/industry-layout';

/** What the site is built from: the corpus and the datasets beside it. */
export interface SiteData {
	corpus: Corpus;
	industryLayout?: IndustryLayout;
}

/**
 * The corpus read straight from `content/` (scripts and tests; pages use the Astro content layer).
 * Throws with the validation messages when the content is invalid, since nothing built on it would be right.
 */
export function corpusFromDisk(root: string): Corpus {
	return siteDataFromDisk(root).corpus;
}

/** The corpus and the datasets beside it, validated. */
export function siteDataFromDisk(root: string): SiteData {
	const { content, issues } = validateContent(readContent(root));
	if (issues.length) throw new Error(`content/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
	return siteDataOf(content);
}

/** The corpus and datasets of content that has already passed validation. */
export function siteDataOf(content: ValidContent): SiteData {
	const corpus = buildCorpus({
		documents: [...content.documents].map(([slug, data]) => ({ slug, data })),
		clauses: content.clauses.map((c) => ({ doc: c.doc, id: c.id, data: c.data, text: c.text })),
		units: [...content.units.values()],
		topics: [...content.topics.values()],
		external: [...content.external.values()],
	});
	return { corpus, industryLayout: content.industryLayout };
}
