/**
 * Where search's generated files are served. Kept apart from the modules that build them, so the script every
 * page loads (the header box's prefetch) imports a few strings and not the tables or the corpus code.
 */

/** How to read a query (./lexicon). */
export const LEXICON_PATH = '/search/lexicon.json';
/** The facts questions are answered from (./answers). */
export const ANSWERS_PATH = '/search/answers.json';
/** Pagefind's file names and page ids (src/lib/build/search-manifest.ts). */
export const MANIFEST_PATH = '/search/pagefind.json';
/** Every clause's filter values (./filter-postings), for the build's manifest stage. */
export const FILTER_VALUES_PATH = '/search/filter-values.json';
