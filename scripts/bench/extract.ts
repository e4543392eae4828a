/**
 * How well `npm run ingest` drafts what curators wrote: run the whole draft (structure, metadata, facts) on each
 * source in sources/ that a curated document names, and compare its proposals with the curated data.
 *   npm run bench -- extract            table per fact kind, then per document, then the metadata fields
 *   npm run bench -- extract --misses   also list every curated fact the draft missed and every extra proposal
 * Matching rules (robust to re-cut quotes and re-split facts): see src/lib/ingest/compare.ts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/error-map';
import { mdxToPlain } from '../../src/lib/content/mdx-text';
import { draftDocument, FACT_KINDS, type ClauseFacts, type FactKind } from '../../src/lib/ingest/draft';
import { bodyToMdx } from '../../src/lib/ingest/render';
import { addScores, compareFacts, type CompareClause, type Score } from '../../src/lib/ingest/compare';
import type { DocumentData } from '../../src/lib/schema/document';

const root = resolve(import.meta.dirname, '../..');
const showMisses = process.argv.includes('--misses');
const { content, issues } = validateContent(readContent(root));
if (issues.length) {
	for (const i of issues.slice(0, 20)) console.error(formatIssue(i));
	console.error(`extract: content/ has ${issues.length} problem(s); fix them first (npm run validate)`);
	process.exit(1);
}
const corpus = { units: [...content.units.values()], external: [...content.external.values()], documents: [...content.documents].map(([slug, data]) => ({ slug, data })) };

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const total = {} as Record<FactKind, Score>;
const perDoc: { slug: string; number: string; scores: Record<FactKind, Score> }[] = [];
const meta: { number: string; fields: Record<string, boolean> }[] = [];
const misses: string[] = [];
const t0 = performance.now();

for (const [slug, doc] of [...content.documents].sort((a, b) => a[1].order - b[1].order)) {
	const source = readFileSync(join(root, 'sources', doc.sourceFile), 'utf8');
	const draft = draftDocument(source, corpus, { sourceFile: doc.sourceFile, slug });
	const curated: CompareClause[] = content.clauses.filter((c) => c.doc === slug).map((c) => ({ id: c.id, text: c.text, facts: c.data as unknown as ClauseFacts }));
	const drafted: CompareClause[] = draft.clauses.map((c) => ({ id: c.id, text: mdxToPlain(bodyToMdx(c.body)), facts: c.facts }));
	const scores = compareFacts(curated, drafted, FACT_KINDS);
	perDoc.push({ slug, number: doc.number, scores });
	for (const k of FACT_KINDS) total[k] = total[k] ? addScores(total[k], scores[k]) : scores[k];
	const d = draft.document as Record<string, unknown>;
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	meta.push({
		number: doc.number,
		fields: {
			number: d.number === doc.number,
			title: doc.titleSource === 'supplied' ? d.titleSource === 'supplied' : d.title === doc.title,
			shortTitle: (d.shortTitle ?? null) === (doc.shortTitle ?? null),
			issuers: same(d.issuers, doc.issuers),
			addressees: d.addressees === doc.addressees,
			addresseeRoles: same(d.addresseeRoles, doc.addresseeRoles),
			date: d.date === doc.date,
			disclosure: d.disclosure === doc.disclosure,
			attachments: same((d.attachments as { n: number; title: string }[]).map((a) => `${a.n}${a.title}`), doc.attachments.map((a) => `${a.n}${a.title}`)),
			'printed roles': same([...new Set((d.printed as { role: string }[]).map((p) => p.role))].sort(), [...new Set(doc.printed.map((p) => p.role))].sort()),
			...lifecycleFields(d.lifecycle as DocumentData['lifecycle'], doc.lifecycle),
		},
	});
	if (showMisses) {
		for (const k of FACT_KINDS) {
			const one = (c: CompareClause, f: unknown) => ({ id: c.id, text: c.text, facts: { ...emptyFacts(), [k]: [f] } as ClauseFacts });
			for (const c of curated) for (const f of c.facts[k]) if (compareFacts([one(c, f)], drafted, [k])[k].matched === 0) misses.push(`  missed   ${k.padEnd(11)} ${slug} ${c.id}: ${JSON.stringify(f)}`);
			for (const c of drafted) for (const f of c.facts[k]) if (compareFacts(curated, [one(c, f)], [k])[k].matched === 0) misses.push(`  extra    ${k.padEnd(11)} ${slug} ${c.id}: ${JSON.stringify(f)}`);
		}
	}
}

function emptyFacts(): ClauseFacts {
	return { obligations: [], targets: [], formLimits: [], deadlines: [], responsible: [], refs: [], quality: [] };
}

/** The lifecycle as drafted = as curated: status, 文种 (and the enclosed text's), planning period, relations (by target). */
function lifecycleFields(d: DocumentData['lifecycle'], c: DocumentData['lifecycle']): Record<string, boolean> {
	const period = (l: DocumentData['lifecycle']) => (l.planningPeriod ? `${l.planningPeriod.kind}:${l.planningPeriod.year ?? l.planningPeriod.months}@${l.planningPeriod.clause}` : '');
	const targets = (l: DocumentData['lifecycle']) => l.relations.map((r) => `${r.relation}:${r.doc ?? r.external}`).sort().join();
	return {
		status: d.status === c.status && JSON.stringify(d.evidence) === JSON.stringify(c.evidence),
		文种: (d.type?.name ?? '') === (c.type?.name ?? '') && (d.enclosedType?.name ?? '') === (c.enclosedType?.name ?? ''),
		规划期: period(d) === period(c),
		relations: targets(d) === targets(c),
	};
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
console.log(`extract: ${perDoc.length} documents drafted and compared in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
console.log(row(['fact kind', 'proposed', 'curated', 'matched', 'precision', 'recall', 'agreement on matched pairs']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---']));
for (const k of FACT_KINDS) {
	const s = total[k];
	const agree = Object.entries(s.agree).map(([name, n]) => `${name} ${pct(n, s.matched)}`).join(', ');
	console.log(row([k, String(s.proposed), String(s.curated), String(s.matched), pct(s.matched, s.proposed), pct(s.matched, s.curated), agree || '—']));
}
console.log('\nper document (precision / recall):\n');
console.log(row(['document', ...FACT_KINDS]));
console.log(row(['---', ...FACT_KINDS.map(() => '---')]));
for (const d of perDoc) console.log(row([d.number, ...FACT_KINDS.map((k) => `${pct(d.scores[k].matched, d.scores[k].proposed)} / ${pct(d.scores[k].matched, d.scores[k].curated)}`)]));
console.log('\ndocument metadata drafted = curated:\n');
const fields = Object.keys(meta[0]?.fields ?? {});
console.log(row(['document', ...fields]));
console.log(row(['---', ...fields.map(() => ':---:')]));
for (const m of meta) console.log(row([m.number, ...fields.map((f) => (m.fields[f] ? '✓' : '✗'))]));
if (showMisses) console.log(`\n${misses.join('\n')}`);
