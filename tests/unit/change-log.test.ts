import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent, type ValidContent } from '../../src/lib/content/validate';
import { changeLogIssues, contentHashes, unloggedChanges } from '../../src/lib/content/change-log';
import { fixtureRoot } from './fixtures';

const DOC = 'content/documents/xiang-test-2024-1.yaml';
const CLAUSE = 'content/clauses/xiang-test-2024-1/1-1.mdx';

function content(root: string): ValidContent {
	const { content, issues } = validateContent(readContent(root));
	expect(issues).toEqual([]);
	return content;
}
const edit = (root: string, file: string, f: (s: string) => string) => writeFileSync(join(root, file), f(readFileSync(join(root, file), 'utf8')));
const log = (root: string, entries: string) => edit(root, DOC, (s) => `${s}changes:\n${entries}`);

describe('change-log gate', () => {
	it('is quiet when nothing changed since the record', () => {
		const root = fixtureRoot();
		const recorded = contentHashes(content(root));
		expect(changeLogIssues(recorded, content(root))).toEqual([]);
		expect(changeLogIssues(undefined, content(root))).toEqual([]);
	});

	it('ignores white space and order, not words', () => {
		const root = fixtureRoot();
		const recorded = contentHashes(content(root));
		edit(root, CLAUSE, (s) => s.replace('依据《中华人民共和国职业教育法》，', '依据《中华人民共和国职业教育法》，\n'));
		expect(unloggedChanges(recorded, content(root)).unlogged).toEqual([]);
		edit(root, CLAUSE, (s) => s.replace('报送材料。', '报送材料'));
		expect(unloggedChanges(recorded, content(root)).unlogged).toEqual([{ doc: 'xiang-test-2024-1', clause: '1-1', change: 'text' }]);
	});

	it('requires an entry of a fitting kind, appended since the record, covering the clause', () => {
		const root = fixtureRoot();
		const recorded = contentHashes(content(root));
		edit(root, CLAUSE, (s) => s.replace('action: 建设楚怡文化传承基地', 'action: 建设楚怡文化传承基地20个'));
		const issues = changeLogIssues(recorded, content(root));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: DOC, field: 'changes' });
		expect(issues[0]!.message).toContain('clause 1-1 facts changed');
		expect(issues[0]!.message).toContain('kind: facts-revised or text-corrected');
		// An entry about another clause, or of a kind that does not fit, does not count.
		log(root, '  - { date: 2026-12-01, kind: facts-revised, what: 修订, reason: 复核, clauses: ["1"] }\n');
		expect(changeLogIssues(recorded, content(root))).toHaveLength(1);
		edit(root, DOC, (s) => `${s}  - { date: 2026-12-01, kind: added, what: 新增, reason: 复核, clauses: ["1-1"] }\n`);
		expect(changeLogIssues(recorded, content(root))).toHaveLength(1);
		edit(root, DOC, (s) => `${s}  - { date: 2026-12-01, kind: facts-revised, what: 事项补记数量, reason: 复核, clauses: ["1-1"] }\n`);
		expect(changeLogIssues(recorded, content(root))).toEqual([]);
	});

	it('an entry recorded before does not cover a later change', () => {
		const root = fixtureRoot();
		log(root, '  - { date: 2026-11-23, kind: text-corrected, what: 更正, reason: 核对 }\n');
		const recorded = contentHashes(content(root));
		edit(root, CLAUSE, (s) => s.replace('报送材料。', '报送材料'));
		expect(unloggedChanges(recorded, content(root)).unlogged).toHaveLength(1);
	});

	it('asks for `added` for a new clause and a new document, and notices a lifecycle change and removed entries', () => {
		const root = fixtureRoot();
		log(root, '  - { date: 2026-11-23, kind: added, what: 收录, reason: 测试 }\n');
		const recorded = contentHashes(content(root));
		const noDoc = { ...recorded, documents: {} };
		expect(unloggedChanges(noDoc, content(root)).unlogged).toEqual([]);
		const noClause = { ...recorded, clauses: { 'xiang-test-2024-1/1': recorded.clauses['xiang-test-2024-1/1']! } };
		expect(unloggedChanges(noClause, content(root)).unlogged).toEqual([{ doc: 'xiang-test-2024-1', clause: '1-1', change: 'added' }]);
		edit(root, DOC, (s) => s.replace('changes:', 'lifecycle:\n  planningPeriod: { kind: by, year: 2025, words: 到2025年, clause: 1-1 }\nchanges:'));
		expect(unloggedChanges(recorded, content(root)).unlogged).toEqual([{ doc: 'xiang-test-2024-1', change: 'lifecycle' }]);
		edit(root, DOC, (s) => s.replace(/changes:[\s\S]*$/, ''));
		expect(unloggedChanges(recorded, content(root)).removedEntries).toEqual(['xiang-test-2024-1']);
	});

	it('the build stops on an unlogged change, naming the file and what to append', () => {
		const root = fixtureRoot();
		writeFileSync(join(root, 'permalinks.json'), JSON.stringify({ pages: [], moved: {}, contentHashes: contentHashes(content(root)) }));
		edit(root, CLAUSE, (s) => s.replace('报送材料。', '报送材料'));
		const here = join(import.meta.dirname, '../..');
		const r = spawnSync(join(here, 'node_modules/.bin/tsx'), [join(here, 'scripts/build.ts')], { encoding: 'utf8', env: { ...process.env, XIANGCE_CONTENT_ROOT: root, XIANGCE_DIST: join(root, 'dist') } });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`${DOC}: changes: clause 1-1 text changed since permalinks.json recorded it`);
		expect(r.stderr).toContain('nothing was built');
		expect(r.stderr).not.toMatch(/\n\s+at /);
	});
});
