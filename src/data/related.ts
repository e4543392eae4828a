import { loadCorpus } from './content-layer';
import { relatedIndex, relatedInput, type RelatedLink } from '../lib/corpus/related';

/** Related clauses across documents, computed once per build from the content layer. */
let cached: Promise<Map<string, RelatedLink[]>> | undefined;

export function loadRelated() {
	cached ??= loadCorpus().then(({ corpus }) => relatedIndex(corpus.clauses.map(relatedInput)));
	return cached;
}
