/**
 * Draft a whole document from a source text, for review:
 *   npm run ingest -- sources/<file>.txt [--slug <doc-slug>] [--issuer <unit-id>]… [--root <dir>] [--dry-run]
 * Writes content/documents/<slug>.yaml (metadata and printed lines) and content/clauses/<slug>/<id>.mdx (verbatim
 * clauses with proposed facts, each `review: proposed`; the document's lifecycle as its text states it and an
 * `added` change entry), and copies the source into sources/ when it is elsewhere.
 * Files that exist are never written over (curated data is precious). Ends with a summary: clauses, facts proposed
 * by kind, and what it could not place, with source line numbers. Then: npm run validate; npm run review -- <slug>.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { draftDocument, FACT_KINDS } from '../src/lib/ingest/draft';
import { writeDraft } from '../src/lib/ingest/write';
import { describeLifecycle, type LifecycleDraft } from '../src/lib/ingest/extract/lifecycle';
import { DOC_SLUG_RE } from '../src/lib/schema/ids';
import { sourceText } from '../src/lib/ingest/source-text';

function fail(message: string): never {
	console.error(`ingest: ${message}`);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { slug: { type: 'string' }, issuer: { type: 'string', multiple: true }, root: { type: 'string', default: '.' }, 'dry-run': { type: 'boolean', default: false } },
	});
} catch (e) {
	fail(`${(e as Error).message}\nusage: npm run ingest -- sources/<file>.txt [--slug <doc-slug>] [--issuer <unit-id>] [--root <dir>] [--dry-run]`);
}
const { values, positionals } = parsed;
const [source] = positionals;
if (!source) fail('name a source file: npm run ingest -- sources/<file>.txt');
if (!existsSync(source)) fail(`${source}: no such file`);
const sourceFile = basename(source);
if (!/^[\w.-]+\.txt$/.test(sourceFile)) fail(`${source}: the file name must be letters, digits, . _ - and end in .txt (it is kept in sources/ under that name); rename it`);
if (values.slug && !DOC_SLUG_RE.test(values.slug)) fail(`--slug must look like xiang-zheng-han-2023-168 (got ${values.slug})`);
const root = resolve(values.root!);
// The source first: it is what the person just handed over. Sources must be UTF-8: a GBK or UTF-16 text is refused
// with the iconv command that converts it.
const read = sourceText(readFileSync(source), source);
if (!read.ok) fail(read.message);

if (!existsSync(join(root, 'content', 'units.yaml'))) fail(`${root}: no content/units.yaml here: run from the project folder or give --root <the folder that holds content/>`);
const { content } = validateContent(readContent(root));
const unknownIssuers = (values.issuer ?? []).filter((id) => !content.units.has(id));
if (unknownIssuers.length) fail(`--issuer ${unknownIssuers.join(', ')}: not an id in content/units.yaml`);
for (const w of read.warnings) console.warn(`ingest: warning: ${w}`);
const text = read.text;
const draft = draftDocument(
	text,
	{ units: [...content.units.values()], external: [...content.external.values()], documents: [...content.documents].map(([slug, data]) => ({ slug, data })) },
	{ sourceFile, slug: values.slug, issuers: values.issuer },
);
const s = draft.summary;

const report = (written: { doc: string; clauses: number; kept: number; dir: string } | null) => {
	console.log(`\n${source}: ${draft.document.number || '(no 发文字号)'} ${draft.document.title}`);
	console.log(`  slug        ${draft.slug ?? '(none)'}`);
	console.log(`  clauses     ${s.clauses}${written ? ` (${written.clauses} written, ${written.kept} kept: they exist) in ${written.dir}` : ''}`);
	console.log(`  document    ${written ? written.doc : '(not written)'}`);
	console.log(`  proposed    ${FACT_KINDS.map((k) => `${k} ${s.facts[k]}`).join(', ')}`);
	console.log(`  lifecycle   ${describeLifecycle(draft.document.lifecycle as LifecycleDraft)}`);
	if (s.unplaced.length) {
		console.log(`  not placed  ${s.unplaced.length}:`);
		for (const u of s.unplaced) console.log(`    ${sourceFile}:${u.line}: ${u.text} — ${u.reason}`);
	}
	for (const b of s.blocking) console.log(`  MUST FIX    ${b}`);
};

if (s.blocking.length && !values['dry-run']) {
	report(null);
	fail('nothing was written: fix the points marked MUST FIX (or pass the options they name) and run again');
}
if (values['dry-run'] || !draft.slug) {
	for (const c of draft.clauses) console.log(`  ${c.id.padEnd(12)} ${c.label.padEnd(10)} ${c.kind.padEnd(10)} ${(c.title ?? c.body[0] ?? '').slice(0, 30)}`);
	report(null);
	process.exit(0);
}

const slug = draft.slug;
let result;
try {
	result = writeDraft(root, { ...draft, slug }, { path: source, text, file: sourceFile });
} catch (e) {
	fail((e as Error).message);
}
if (result.copied) console.log(`copied ${source} to ${relative(process.cwd(), result.copied) || result.copied}`);
const docPath = join(root, 'content', 'documents', `${slug}.yaml`);
const docState = `${relative(process.cwd(), docPath)} ${result.written.includes(docPath) ? 'written' : 'kept (it exists)'}`;
const dir = join(root, 'content', 'clauses', slug);
const written = result.written.filter((p) => p.endsWith('.mdx')).length;
const keptClauses = result.kept.filter((p) => p.endsWith('.mdx')).length;
report({ doc: docState, clauses: written, kept: keptClauses, dir: relative(process.cwd(), dir) || dir });
console.log(`\nnext: npm run validate, then npm run review -- ${slug} (every fact above is marked review: proposed)`);
