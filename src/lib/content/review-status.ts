import { isProposed, proposedIn } from '../schema/review';
import type { ValidContent } from './validate';

/**
 * Facts still marked `review: proposed` (drafted by `npm run ingest`, not yet accepted), per document. Not an
 * error: a draft validates and builds, and its pages say 待人工核对 until a person has looked.
 */
export function proposedCounts(content: Pick<ValidContent, 'documents' | 'clauses'>): Map<string, number> {
	const counts = new Map<string, number>();
	const add = (slug: string, n: number) => n && counts.set(slug, (counts.get(slug) ?? 0) + n);
	for (const [slug, doc] of content.documents) add(slug, doc.quality.filter(isProposed).length);
	for (const c of content.clauses) add(c.doc, proposedIn(c.data));
	return counts;
}

/** The summary line `npm run validate` prints, or null when nothing awaits review. */
export function reviewSummary(content: Pick<ValidContent, 'documents' | 'clauses'>): string | null {
	const counts = proposedCounts(content);
	if (!counts.size) return null;
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	return `awaiting review: ${total} proposed fact(s) — ${[...counts].map(([slug, n]) => `${slug} ${n}`).join(', ')} (npm run review -- <slug>)`;
}
