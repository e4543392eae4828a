import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { runDataRules } from '../../src/lib/content/rules';
import { DIRECTIVE_WORDS } from '../../src/lib/content/rules/directive-words';
import { FORM_INSTRUCTION_WORDS } from '../../src/lib/content/rules/form-limits';
import { siteDataFromDisk } from '../../src/lib/corpus/from-disk';
import { roleView } from '../../src/lib/views/role-view';
import { targetRows } from '../../src/lib/views/target-rows';
import { countsFacts } from '../../src/lib/corpus';

/** The data rules over the real content: what `npm run validate` enforces, and what the issue asked to be true. */
const root = join(import.meta.dirname, '../..');
const { content } = validateContent(readContent(root));
const { corpus } = siteDataFromDisk(root);
const report = runDataRules(content);

/** `| \`must\` | 必须 | 须、必须、不得 |` rows of a Markdown table → modality → words (before any `;`). */
function modalityTable(markdown: string): Record<string, string[]> {
	const rows = [...markdown.matchAll(/^\| `?(must|should|encouraged|supported|may)`? \|(?: [^|]+ \|)? ([^|]+) \|$/gmu)];
	return Object.fromEntries(rows.map((m) => [m[1]!, m[2]!.split(/[;；]/u)[0]!.split('、').map((w) => w.trim()).filter(Boolean).sort()]));
}
const code = Object.fromEntries(DIRECTIVE_WORDS.map((g) => [g.modality, g.words.map((w) => w.word).sort()]));

describe('the data rules on the real content', () => {
	it('find nothing an exception does not cover', () => {
		expect(report.results.flatMap((r) => r.issues.map((i) => `${i.file}:${i.line}: ${i.field}: ${i.message}`))).toEqual([]);
	});
	it('keep a short exception list, every entry with a reason, none stale', () => {
		expect(report.stale).toEqual([]);
		expect(content.ruleExceptions.length).toBeLessThanOrEqual(15);
		for (const e of content.ruleExceptions) expect(e.reason.length, `${e.rule} ${e.clause}`).toBeGreaterThan(10);
	});
	it('agree with the modality table of the README and of docs/curating.md', () => {
		expect(modalityTable(readFileSync(join(root, 'README.md'), 'utf8'))).toEqual(code);
		expect(modalityTable(readFileSync(join(root, 'docs/curating.md'), 'utf8'))).toEqual(code);
	});
});

describe('what the data now says', () => {
	it('gives 高职院校 what is addressed to 职业院校 and 高等学校, labelled by the broader role', () => {
		const v = roleView(corpus, 'higher-vocational', '2026-11-23')!;
		const via = new Set(v.sections.flatMap((s) => s.docs.flatMap((d) => d.items.map((i) => i.via))));
		expect(via).toEqual(new Set([undefined, 'vocational-school', 'higher-ed']));
		expect(v.broader).toBeGreaterThan(50);
		expect(v.total).toBeGreaterThan(v.broader);
	});
	it('does not make 高等学校 or 高校 mean 本科高校', () => {
		const undergrad = corpus.unit.get('undergraduate')!;
		expect(undergrad.aliases).not.toContain('高等学校');
		expect(undergrad.aliases).not.toContain('高校');
	});
	it('names the 市州 departments that 各市州教育（体）局 works with (湘教通〔2024〕23号 二、3 and 三、1)', () => {
		for (const id of ['2-3', '3-1']) {
			const c = corpus.clause.get(`xiang-jiao-tong-2024-23/${id}`)!;
			expect(c.data.responsible.filter((r) => r.role === 'co').map((r) => corpus.unit.get(r.unit)!.level)).toEqual(['city', 'city', 'city', 'city', 'city']);
		}
	});
	it('keeps /targets/ to policy targets: no form instruction, nothing from a duplicate', () => {
		const rows = targetRows(corpus);
		expect(rows.filter((r) => ['字', '磅', '号'].includes(r.target.unit) || FORM_INSTRUCTION_WORDS.test(r.target.quote)).map((r) => r.key)).toEqual([]);
		expect(rows.every((r) => countsFacts(r.clause))).toBe(true);
		expect(corpus.clauses.flatMap((c) => c.data.formLimits).length).toBeGreaterThanOrEqual(10);
	});
	it('counts the 18 repeated sentences of 湘教财〔2022〕1号 （四）3–20 once', () => {
		const repeats = corpus.clauses.filter((c) => c.doc === 'xiang-jiao-cai-2022-1' && /^2-4-(?:[3-9]|1\d|20)$/.test(c.id));
		expect(repeats).toHaveLength(18);
		expect(repeats.filter(countsFacts).map((c) => c.id)).toEqual(['2-4-3']);
	});
	it('uses `should` for 推进 everywhere', () => {
		const off = corpus.clauses.flatMap((c) => c.data.obligations.filter((o) => o.quote.startsWith('推进') && o.modality !== 'should').map((o) => `${c.key}: ${o.quote}`));
		expect(off).toEqual([]);
	});
});
