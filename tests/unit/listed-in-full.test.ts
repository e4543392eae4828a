import { describe, expect, it } from 'vitest';
import type { CorpusDoc } from '../../src/lib/corpus';
import { DOCUMENTS_IN_FULL, splitByRecency } from '../../src/lib/views/listed-in-full';

const doc = (slug: string, date: string | null) => ({ slug, data: { date } }) as unknown as CorpusDoc;

describe('splitByRecency', () => {
	it('lists everything in full up to the limit', () => {
		const docs = Array.from({ length: DOCUMENTS_IN_FULL }, (_, i) => doc(`d${i}`, '2024-01-01'));
		expect(splitByRecency(docs, (d) => d)).toEqual({ full: docs, rest: [] });
	});

	it('keeps the most recent documents in full and both parts in the order given', () => {
		const docs = [doc('a', '2018-10-01'), doc('b', '2024-02-01'), doc('c', null), doc('d', '2023-05-08'), doc('e', '2022-01-01')];
		const { full, rest } = splitByRecency(docs, (d) => d, 2);
		expect(full.map((d) => d.slug)).toEqual(['b', 'd']);
		expect(rest.map((d) => d.slug)).toEqual(['a', 'c', 'e']);
	});

	it('breaks ties of date by the order given, undated documents last', () => {
		const docs = [doc('x', null), doc('a', '2024-01-01'), doc('b', '2024-01-01'), doc('c', '2024-01-01')];
		const { full, rest } = splitByRecency(docs, (d) => d, 2);
		expect(full.map((d) => d.slug)).toEqual(['a', 'b']);
		expect(rest.map((d) => d.slug)).toEqual(['x', 'c']);
	});
});
