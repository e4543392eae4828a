/**
 * Log every unlogged change in one go, then record the new hashes.
 *   npx tsx scripts/changes.ts --kind facts-revised --what "修订义务与约束程度" --reason "按新的约束程度规则复核" [--date 2026-12-01] [--dry-run]
 * For each document with clauses whose text or facts changed since permalinks.json recorded them (and that an entry
 * of this kind can account for: see ACCEPTS in src/lib/content/change-log.ts), appends one change entry listing
 * those clauses to content/documents/<slug>.yaml, then runs `scripts/permalinks.ts` to record the hashes.
 * Changes of another kind are listed and left for another run with the fitting --kind.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isSeq, parseDocument, stringify } from 'yaml';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/error-map';
import { ACCEPTS, unloggedChanges } from '../src/lib/content/change-log';
import { recordedHashes } from '../src/lib/build/change-gate';
import { CHANGE_KINDS, type ChangeKind } from '../src/lib/schema/lifecycle';

const root = resolve(import.meta.dirname, '..');
const fail = (message: string): never => {
	console.error(`changes: ${message}`);
	process.exit(1);
};

const { values } = parseArgs({ options: { kind: { type: 'string' }, what: { type: 'string' }, reason: { type: 'string' }, date: { type: 'string' }, 'dry-run': { type: 'boolean' } } });
const kind = values.kind as ChangeKind | undefined;
if (!kind || !CHANGE_KINDS.includes(kind)) fail(`give --kind, one of ${CHANGE_KINDS.join(', ')}`);
if (!values.what || !values.reason) fail('give --what "…" and --reason "…" (in Chinese: what changed, and why)');
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${date} is not YYYY-MM-DD`);

const { content, issues } = validateContent(readContent(root));
if (issues.length) {
	for (const i of issues) console.error(formatIssue(i));
	fail(`${issues.length} problem(s) in content/: fix them first`);
}
const recorded = recordedHashes(root) ?? fail('permalinks.json has no contentHashes yet: run `npx tsx scripts/permalinks.ts` to record them');
const { unlogged } = unloggedChanges(recorded, content);
if (!unlogged.length) {
	console.log('changes: nothing unlogged');
	process.exit(0);
}
const fits = unlogged.filter((u) => ACCEPTS[u.change].includes(kind!));
const left = unlogged.filter((u) => !fits.includes(u));
const byDoc = new Map<string, string[] | undefined>();
for (const u of fits) {
	// A document-level change (lifecycle, a removed clause, a new document) is logged for the whole document.
	const whole = !u.clause || u.change === 'removed' || (byDoc.has(u.doc) && byDoc.get(u.doc) === undefined);
	byDoc.set(u.doc, whole ? undefined : [...(byDoc.get(u.doc) ?? []), u.clause!]);
}
for (const [slug, clauses] of byDoc) {
	const file = resolve(root, 'content/documents', `${slug}.yaml`);
	const entry = { date, kind, what: values.what, reason: values.reason, ...(clauses ? { clauses } : {}) };
	console.log(`changes: ${slug}: ${kind} ${clauses ? clauses.join(', ') : '(whole document)'}`);
	if (!values['dry-run']) writeFileSync(file, appendChange(readFileSync(file, 'utf8'), entry));
}
for (const u of left) console.log(`changes: left for another --kind (${ACCEPTS[u.change].join(' or ')}): ${u.doc}${u.clause ? `/${u.clause}` : ''} (${u.change})`);
if (values['dry-run']) process.exit(0);
const r = spawnSync(resolve(root, 'node_modules/.bin/tsx'), [resolve(root, 'scripts/permalinks.ts')], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

/**
 * Append an entry to the `changes:` list as text, leaving every other byte of the file as the editor wrote it
 * (re-serialising the whole YAML would restyle its flow collections).
 */
function appendChange(text: string, entry: Record<string, unknown>): string {
	const seq = parseDocument(text).get('changes', true);
	const item = (indent: string) => stringify([entry], { lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n').map((l) => `${indent}${l}`).join('\n');
	if (!isSeq(seq) || !seq.range || !seq.items.length) return `${text.replace(/\n*$/, '\n')}changes:\n${item('  ')}\n`;
	const lineStart = text.lastIndexOf('\n', seq.range[0] - 1) + 1;
	const indent = text.slice(lineStart, seq.range[0]).match(/^ */)![0];
	const end = seq.range[1];
	const before = text.slice(0, end).replace(/\n*$/, '');
	return `${before}\n${item(indent)}\n${text.slice(end).replace(/^\n*/, '')}`;
}
