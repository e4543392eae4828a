import { resolve } from 'node:path';
import { readContent } from '../content/read';
import { validateContent, type ValidContent } from '../content/validate';
import { formatIssue, type ContentIssue } from '../content/error-map';
import { buildCorpus, type Corpus } from './index';
import type { IndustryLayout } from '../schema/industry-layout';
import type { RelatedLink } from './related';

/** What the site is built from: the corpus and the datasets beside it. */
export interface SiteData {
	corpus: Corpus;
	industryLayout?: IndustryLayout;
}

/** Content that failed validation: the issues, already formatted one per line in `message`. */
export class ContentError extends Error {
	constructor(readonly issues: ContentIssue[]) {
		super(`content/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
		this.name = 'ContentError';
	}
}

/** The corpus of validated content: the one assembly every consumer (pages, export, scripts, tests) shares. */
export function corpusOfContent(content: ValidContent): Corpus {
	return buildCorpus({
		documents: [...content.documents].map(([slug, data]) => ({ slug, data })),
		clauses: content.clauses.map((c) => ({ doc: c.doc, id: c.id, data: c.data, text: c.text })),
		units: [...content.units.values()],
		topics: [...content.topics.values()],
		external: [...content.external.values()],
	});
}

/** Read and validate `content/` under `root`; throws a `ContentError` when it is invalid. */
export function validContentFromDisk(root: string): ValidContent {
	const { content, issues } = validateContent(readContent(root));
	if (issues.length) throw new ContentError(issues);
	return content;
}

/** The content tree this process builds: the repository's, or another (XIANGCE_CONTENT_ROOT: fixtures, benchmarks). */
export function contentRoot(): string {
	return resolve(process.env.XIANGCE_CONTENT_ROOT ?? process.cwd());
}

/**
 * What scripts/build.ts hands to the Astro build running in its process, by content root: a slot on `globalThis`,
 * since the build's modules and the prerender's bundled copies of them are different module instances.
 */
function perRootSlot<T>(name: string) {
	const key = Symbol.for(`xiangce.${name}`);
	const slots = () => ((globalThis as { [key]?: Map<string, T> })[key] ??= new Map());
	return {
		set: (root: string, value: T) => void slots().set(resolve(root), value),
		get: (root: string): T | undefined => slots().get(resolve(root)),
		delete: (root: string) => void slots().delete(resolve(root)),
	};
}

/**
 * One read per build: `scripts/build.ts` validates the content, then hands it to the content-layer loader
 * running in the same process (see src/lib/content/loader.ts), which would otherwise read it all again.
 */
const validContentSlot = perRootSlot<ValidContent>('validated-content');

export function shareValidContent(root: string, content: ValidContent): void {
	validContentSlot.set(root, content);
}

/** Let go of the shared content once the content layer holds it. */
export function unshareValidContent(root: string): void {
	validContentSlot.delete(root);
}

/** The content shared by the build for `root`, or a fresh read when none was shared (astro dev, astro sync). */
export function sharedValidContent(root: string): ValidContent {
	return validContentSlot.get(root) ?? validContentFromDisk(root);
}

/**
 * The related-clause index the build computes beside its other work (src/lib/build/related-worker.ts), for the pages
 * to take instead of computing it again; absent outside a build (astro dev), where the pages compute it themselves.
 */
const relatedSlot = perRootSlot<Promise<Map<string, RelatedLink[]>>>('related-clauses');

export function shareRelated(root: string, related: Promise<Map<string, RelatedLink[]>>): void {
	relatedSlot.set(root, related);
}

export function sharedRelated(root: string): Promise<Map<string, RelatedLink[]>> | undefined {
	return relatedSlot.get(root);
}

/**
 * The corpus read straight from `content/` (scripts and tests; pages get the same corpus through the loader).
 * Throws with the validation messages when the content is invalid, since nothing built on it would be right.
 */
export function corpusFromDisk(root: string): Corpus {
	return siteDataFromDisk(root).corpus;
}

/** The corpus and the datasets beside it, validated. */
export function siteDataFromDisk(root: string): SiteData {
	return siteDataOf(validContentFromDisk(root));
}

/** The corpus and datasets of content that has already passed validation. */
export function siteDataOf(content: ValidContent): SiteData {
	return { corpus: corpusOfContent(content), industryLayout: content.industryLayout };
}
