/**
 * Names of what clause pages declare to Pagefind besides filters (components/search/SearchData.astro), kept in a
 * module of their own so the small Pagefind loader in the browser can use them without the query code.
 */

/** Sort key declared by every clause page (`data-pagefind-sort`): the clause's position in the corpus. */
export const ORDER_SORT = 'order';

/** Metadata set on clauses that repeat another clause word for word (quality flag `duplicate`). */
export const DUPLICATE_META = 'duplicate';
