import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { relatedIndex, relatedInput } from '../../src/lib/corpus/related';
import { relatedInWorker } from '../../src/lib/build/related-worker';

describe('relatedInWorker', () => {
	it('gives the build exactly the index relatedIndex gives, on the real corpus', async () => {
		const inputs = corpusFromDisk(join(import.meta.dirname, '../..')).clauses.map(relatedInput);
		const inWorker = await relatedInWorker(inputs);
		expect([...inWorker]).toEqual([...relatedIndex(inputs)]);
		expect([...inWorker.values()].flat().length).toBeGreaterThan(500);
	});
});
