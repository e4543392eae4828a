import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { actorIndex } from '../../src/lib/ingest/extract/actors';
import type { DraftCorpus } from '../../src/lib/ingest/draft';

const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));

/** The project's vocabularies (units, external documents) and documents, as ingest resolves against them. */
export const corpus: DraftCorpus = {
	units: [...content.units.values()],
	external: [...content.external.values()],
	documents: [...content.documents].map(([slug, data]) => ({ slug, data })),
};

/** The unit index ingest uses, for a document issued by `issuers`. */
export const actorsFor = (issuers: string[] = []) => actorIndex(corpus.units, issuers);
