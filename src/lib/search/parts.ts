/**
 * Where the parts of a large library's search index are served (src/lib/build/pagefind-parts.ts): the first is
 * Pagefind's own bundle, which search loads first; search merges the others into it (Pagefind's `mergeIndex`).
 * Imported by the browser and by the build.
 */
export const PART_BASE = (n: number): string => (n === 0 ? '/pagefind/' : `/pagefind/parts/${n}/`);
