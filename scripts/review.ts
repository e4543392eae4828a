/**
 * Review the facts `npm run ingest` proposed for a document.
 *   npm run review -- <slug>                              list every proposed fact with its quote
 *   npm run review -- <slug> --accept <selector>…         accept: remove `review: proposed` (the fact becomes curated)
 *   npm run review -- <slug> --drop <selector>…           drop: delete the fact
 *   npm run review -- <slug> --interactive                one by one: [a]ccept [d]rop [s]kip [q]uit
 * A selector is `all`, a fact kind (`targets`), a clause id (`2-1-3`), or a key from the list (`2-1-3:targets.0`,
 * `doc:quality.0`); several may be given, comma-separated or repeated. `--root <dir>` for another content tree.
 * After a change it validates the content again and says how many proposed facts remain.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { formatIssue } from '../src/lib/content/error-map';
import { applyDecisions, describe, proposedFacts, select, type Decision, type ProposedFact } from '../src/lib/ingest/review';

function fail(message: string): never {
	console.error(`review: ${message}`);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: { accept: { type: 'string', multiple: true }, drop: { type: 'string', multiple: true }, interactive: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
	});
} catch (e) {
	fail(`${(e as Error).message}\nusage: npm run review -- <slug> [--accept <selector>] [--drop <selector>] [--interactive]`);
}
const { values, positionals } = parsed;
const [slug] = positionals;
if (!slug) fail('name a document: npm run review -- <slug> (the file name in content/documents/ without .yaml)');
const root = resolve(values.root!);
const docFile = join(root, 'content', 'documents', `${slug}.yaml`);
const clauseDir = join(root, 'content', 'clauses', slug);
if (!existsSync(docFile)) fail(`no document ${slug}: content/documents/${slug}.yaml does not exist`);

/** Every file of the document, with its proposed facts. */
function load(): { path: string; clause: string; text: string; facts: ProposedFact[] }[] {
	const files = [{ path: docFile, clause: 'doc' }];
	if (existsSync(clauseDir)) for (const f of readdirSync(clauseDir).filter((x) => x.endsWith('.mdx')).sort()) files.push({ path: join(clauseDir, f), clause: f.replace(/\.mdx$/, '') });
	return files.map((f) => {
		const text = readFileSync(f.path, 'utf8');
		try {
			return { ...f, text, facts: proposedFacts(text, f.clause) };
		} catch (e) {
			fail(`${f.path}: ${(e as Error).message}: fix the file first (npm run validate says where)`);
		}
	});
}

// A listing piped into head ends early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const files = load();
const all = files.flatMap((f) => f.facts);

function show(p: ProposedFact, n?: number): void {
	console.log(`${n !== undefined ? `${String(n).padStart(3)}. ` : ''}${p.key.padEnd(24)} ${describe(p)}`);
	const quote = (p.fact.quote as string | undefined) ?? '';
	if (quote) console.log(`${' '.repeat(n !== undefined ? 29 : 25)}原文：${quote}`);
}

function write(decisions: Map<string, Decision>): void {
	let changed = 0;
	for (const f of files) {
		if (!f.facts.some((p) => decisions.has(p.key))) continue;
		writeFileSync(f.path, applyDecisions(f.text, f.clause, decisions));
		changed++;
	}
	const accepted = [...decisions.values()].filter((d) => d === 'accept').length;
	console.log(`review: ${accepted} accepted, ${decisions.size - accepted} dropped, in ${changed} file(s)`);
	const { content, issues } = validateContent(readContent(root));
	const mine = issues.filter((i) => i.file.includes(slug!));
	for (const i of mine) console.error(formatIssue(i));
	const left = load().reduce((n, f) => n + f.facts.length, 0);
	console.log(`review: ${slug}: ${left} proposed fact(s) remain${mine.length ? `; ${mine.length} validation problem(s) above` : content.documents.has(slug!) ? '; content validates' : ''}`);
	if (mine.length) process.exit(1);
}

async function interactive(): Promise<void> {
	if (!process.stdin.isTTY) fail('--interactive needs a terminal; use --accept/--drop with selectors instead');
	const rl = createInterface({ input: process.stdin, output: process.stdout });
	const decisions = new Map<string, Decision>();
	for (const [i, p] of all.entries()) {
		show(p, i + 1);
		let answer = '';
		while (!['a', 'd', 's', 'q'].includes(answer)) answer = (await rl.question('   [a]ccept [d]rop [s]kip [q]uit? ')).trim().toLowerCase().slice(0, 1);
		if (answer === 'q') break;
		if (answer === 'a') decisions.set(p.key, 'accept');
		if (answer === 'd') decisions.set(p.key, 'drop');
	}
	rl.close();
	if (decisions.size) write(decisions);
	else console.log('review: nothing changed');
}

if (values.interactive) await interactive();
else if (values.accept || values.drop) {
	const decisions = new Map<string, Decision>();
	for (const [flag, decision] of [
		[values.accept, 'accept'],
		[values.drop, 'drop'],
	] as const) {
		if (!flag) continue;
		const { chosen, unknown } = select(all, flag);
		if (unknown.length) fail(`no proposed fact matches ${unknown.map((u) => `\`${u}\``).join(', ')}: use all, a kind (obligations, targets, deadlines, responsible, refs, quality), a clause id or a key from \`npm run review -- ${slug}\``);
		for (const p of chosen) {
			if (decisions.has(p.key) && decisions.get(p.key) !== decision) fail(`${p.key} is both accepted and dropped: choose one`);
			decisions.set(p.key, decision);
		}
	}
	write(decisions);
} else {
	for (const [i, p] of all.entries()) show(p, i + 1);
	const byKind = new Map<string, number>();
	for (const p of all) byKind.set(p.kind, (byKind.get(p.kind) ?? 0) + 1);
	console.log(`\n${slug}: ${all.length} proposed fact(s)${all.length ? ` (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}`);
	if (all.length) console.log(`accept or drop: npm run review -- ${slug} --accept all | --accept <kind|clause|key> | --drop <key> | --interactive`);
}
