import { loadCorpus } from './content-layer';
import { relatedIndex, relatedInput, type RelatedLink } from '../lib/corpus/related';
import type { PageKeyInputs } from '../lib/build/cache-keys';
import { contentRoot, sharedRelated } from '../lib/corpus/from-disk';

/**
 * Related clauses across documents, once per build: the index scripts/build.ts computed from the same validated
 * content while it wrote the data files, or (astro dev) computed here from the content layer.
 */
let cached: Promise<Map<string, RelatedLink[]>> | undefined;

export function loadRelated() {
	cached ??= sharedRelated(contentRoot()) ?? loadCorpus().then(({ corpus }) => relatedIndex(corpus.clauses.map(relatedInput)));
	return cached;
}

/** What incremental builds key pages on (src/lib/build/cache-keys.ts), assembled once per build. */
let keys: Promise<PageKeyInputs> | undefined;
export function loadPageKeyInputs() {
	keys ??= Promise.all([loadCorpus(), loadRelated()]).then(([{ corpus, digest, siteDigest }, related]) => ({ corpus, related, clauseDigest: digest, site: siteDigest }));
	return keys;
}
