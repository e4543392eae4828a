/**
 * Turn a source text into clause MDX skeletons.
 *   npm run ingest -- sources/<file>.txt --slug <doc-slug> [--force] [--dry-run]
 * Writes content/clauses/<slug>/<id>.mdx. Existing files are kept (curated data is precious) unless --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toParagraphs } from '../src/lib/ingest/paragraphs';
import { structure } from '../src/lib/ingest/structure';
import { clauseFile } from '../src/lib/ingest/render';
import { DOC_SLUG_RE } from '../src/lib/schema/ids';
import { sourceText } from '../src/lib/ingest/source-text';

function fail(message: string): never {
	console.error(`ingest: ${message}`);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { slug: { type: 'string' }, force: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, out: { type: 'string', default: 'content/clauses' } },
});
const [source] = positionals;
if (!source) fail('name a source file: npm run ingest -- sources/<file>.txt --slug <doc-slug>');
if (!existsSync(source)) fail(`${source}: no such file`);
const slug = values.slug;
if (!slug || !DOC_SLUG_RE.test(slug)) fail(`--slug must look like xiang-zheng-han-2023-168 (got ${slug ?? 'nothing'})`);

const read = sourceText(readFileSync(source), source);
if (!read.ok) fail(read.message);
for (const w of read.warnings) console.warn(`ingest: warning: ${w}`);
const paragraphs = toParagraphs(read.text);
const addressee = paragraphs.findIndex((p) => /^[^。]*各.*[：:]$/.test(p));
const bodyStart = addressee >= 0 ? addressee + 1 : 0;
console.log(`${source}: ${paragraphs.length} paragraphs; body starts at paragraph ${bodyStart + 1}${addressee < 0 ? ' (no addressee line found)' : ''}`);

const { front, clauses, unplaced } = structure(paragraphs, bodyStart);
console.log(`front matter (keep as document metadata):\n${front.map((p) => `  | ${p}`).join('\n')}`);

const dir = join(values.out!, slug);
if (!values['dry-run']) mkdirSync(dir, { recursive: true });
let written = 0;
let kept = 0;
for (const c of clauses) {
	const file = join(dir, `${c.id}.mdx`);
	if (values['dry-run']) {
		console.log(`  ${c.id.padEnd(12)} ${c.label.padEnd(8)} ${c.kind.padEnd(10)} ${(c.title ?? c.body[0] ?? '').slice(0, 30)}`);
		continue;
	}
	if (existsSync(file) && !values.force) {
		kept++;
		continue;
	}
	writeFileSync(file, clauseFile(slug, c));
	written++;
}
console.log(`${clauses.length} clauses: ${written} written, ${kept} kept (exist; --force to overwrite) in ${dir}`);
for (const u of unplaced) console.warn(`  could not place: ${u.reason}: ${u.paragraph.slice(0, 40)}`);
