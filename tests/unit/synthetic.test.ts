import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyName, keptCharacters, makeSyntheticContent, syntheticRelatedInputs } from '../../scripts/bench/lib/synthetic';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/error-map';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { relatedInput, relatedIndex } from '../../src/lib/corpus/related';
import { relatedDifferences, relatedIndexAllPairs } from '../../src/lib/corpus/related-exact';

const root = join(import.meta.dirname, '../..');
const dest = mkdtempSync(join(tmpdir(), 'xiangce-synthetic-'));
afterAll(() => rmSync(dest, { recursive: true, force: true }));
const written = makeSyntheticContent(root, dest, 3);
const real = corpusFromDisk(root);
const { content, issues } = validateContent(readContent(dest));
const HAN = /\p{Script=Han}/u;

describe('synthetic corpus ×3 (scripts/bench/lib/synthetic.ts)', () => {
	it('validates with no issue', () => {
		expect(issues.map(formatIssue)).toEqual([]);
		expect(written).toEqual({ documents: 3 * real.docs.length, clauses: 3 * real.clauses.length });
		expect(content.clauses).toHaveLength(3 * real.clauses.length);
	});

	it('keeps copy 0 as the real content, byte for byte', () => {
		for (const d of real.docs) {
			expect(readFileSync(join(dest, 'content/documents', `${d.slug}.yaml`), 'utf8')).toBe(readFileSync(join(root, 'content/documents', `${d.slug}.yaml`), 'utf8'));
			for (const f of readdirSync(join(root, 'content/clauses', d.slug))) expect(readFileSync(join(dest, 'content/clauses', d.slug, f), 'utf8')).toBe(readFileSync(join(root, 'content/clauses', d.slug, f), 'utf8'));
		}
	});

	it('names copies as scripts/bench/scale.ts does, with their own 发文字号 in the printed lines too', () => {
		for (const d of real.docs) {
			for (const k of [1, 2]) {
				const c = copyName(d.slug, d.data.number, k);
				const doc = content.documents.get(c.slug)!;
				expect(doc.number).toBe(c.number);
				expect(doc.printed.filter((p) => p.role === 'number').every((p) => p.text.replace(/\s+/g, '') === c.number)).toBe(true);
				expect(content.clauses.filter((x) => x.doc === c.slug)).toHaveLength(d.clauses.length);
			}
		}
	});

	it('gives every copy its own text: about a third of the Han characters differ from the original and from the other copy', () => {
		const text = (slug: string, id: string) => content.clauses.find((c) => c.doc === slug && c.id === id)!.text;
		let chars = 0;
		let from0 = 0;
		let from1 = 0;
		let identical = 0;
		for (const c of real.clauses) {
			const [t0, t1, t2] = [0, 1, 2].map((k) => text(copyName(c.doc, real.doc.get(c.doc)!.data.number, k).slug, c.id));
			if ([...t0!].some((ch) => HAN.test(ch)) && (t0 === t1 || t1 === t2)) identical++;
			// The substitution is character for character, so the texts align.
			[...t0!].forEach((ch, i) => {
				if (!HAN.test(ch)) return;
				chars++;
				if ([...t1!][i] !== ch) from0++;
				if ([...t1!][i] !== [...t2!][i]) from1++;
			});
		}
		// The data rules read many words (directive words, unit tiers, 院校/学校…), all of whose characters are kept,
		// so about a quarter of a copy's Han characters change: enough for every copy to read differently.
		expect(from0 / chars).toBeGreaterThan(0.22);
		expect(from1 / chars).toBeGreaterThan(0.2);
		// A clause made only of kept characters (numerals, unit names…) may stay the same; there are only a few.
		expect(identical).toBeLessThan(real.clauses.length * 0.05);
		expect(keptCharacters(root).has('怡')).toBe(false);
		expect(['一', '年', '省', '教', '号', '公', '开', '应', '鼓'].every((ch) => keptCharacters(root).has(ch))).toBe(true);
	});

	it('gives the same corpus in memory as on disk', () => {
		const disk = corpusFromDisk(dest).clauses.map(relatedInput);
		expect(syntheticRelatedInputs(root, 3)).toEqual(disk);
	});

	it('has the same related lists from relatedIndex as from the all-pairs definition', () => {
		const inputs = syntheticRelatedInputs(root, 3);
		expect(relatedDifferences(relatedIndexAllPairs(inputs), relatedIndex(inputs))).toEqual([]);
		expect(relatedDifferences(relatedIndexAllPairs(inputs, undefined, 5), relatedIndex(inputs, undefined, { maxRelated: 5 }))).toEqual([]);
	});
});
