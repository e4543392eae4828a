import { z } from 'astro/zod';

/**
 * Whether a person has checked a fact. `npm run ingest` drafts facts as `proposed`; `npm run review` accepts them
 * (removes the field) or drops them. Absent means curated or accepted.
 */
export const REVIEW_STATES = ['proposed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The optional `review` field every fact carries. */
export const review = z.enum(REVIEW_STATES).optional();

/** True when a fact still awaits a person's check. */
export const isProposed = (fact: { review?: ReviewState }): boolean => fact.review === 'proposed';

/** The fact lists of a clause that may hold proposed facts (a document file has `quality` only). */
export const REVIEWED_FACTS = ['obligations', 'targets', 'formLimits', 'deadlines', 'responsible', 'refs', 'quality'] as const;
export type ReviewedFact = (typeof REVIEWED_FACTS)[number];

/** How many of a clause's facts await review. */
export const proposedIn = (data: Record<ReviewedFact, readonly { review?: ReviewState }[]>): number => REVIEWED_FACTS.reduce((n, k) => n + data[k].filter(isProposed).length, 0);
