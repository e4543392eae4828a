import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** The source file of each curated document → its slug. */
export const curatedSlugs = new Map([...content.documents].map(([slug, d]) => [d.sourceFile, slug]));

/** The unit index ingest uses, for a document issued by `issuers`. */
export const actorsFor = (issuers: string[] = []) => actorIndex(corpus.units, issuers);

/**
 * A copy of the library as a new document joins it: content/, sources/ and permalinks.json in a temporary folder.
 * Drafts are validated (and built) inside the whole corpus, because that is where they go: the data rules, the
 * lifecycle evidence of content/external.yaml (which quotes the corpus documents) and the refs to other documents
 * all read the corpus, and a tree with the vocabularies alone would be a library that cannot exist.
 */
export function libraryCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-library-'));
	for (const f of ['content', 'sources', 'permalinks.json']) cpSync(join(root, f), join(dir, f), { recursive: true });
	return dir;
}
