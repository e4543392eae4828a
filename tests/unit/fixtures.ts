import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import type { Corpus } from '../../src/lib/corpus';

export const fixtures = join(import.meta.dirname, '../fixtures');

/** Copy the valid base content tree and lay an invalid case's files over it; returns the new root. */
export function fixtureRoot(invalidCase?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'xiangce-fixture-'));
	cpSync(join(fixtures, 'base'), dir, { recursive: true });
	if (invalidCase) cpSync(join(fixtures, 'invalid', invalidCase), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
	return dir;
}

/** Invalid cases with their expected `field|message phrase`. */
export function invalidCases(): { name: string; field: string; phrase: string }[] {
	return readdirSync(join(fixtures, 'invalid')).sort().map((name) => {
		const [field, phrase] = readFileSync(join(fixtures, 'invalid', name, 'expected.txt'), 'utf8').trim().split('|') as [string, string];
		return { name, field, phrase: phrase ?? '' };
	});
}

/** The corpus of a content tree (the valid base fixture by default), as the pages see it. */
/** The corpus of a fixture tree (the valid base by default). */
export const corpusOf = (root: string = fixtureRoot()): Corpus => corpusFromDisk(root);
