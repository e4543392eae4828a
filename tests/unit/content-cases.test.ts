import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { causeCount, validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/error-map';
import { checkPublishedAt } from '../../src/lib/citations/published';
import { routeFiles } from '../../src/lib/citations/routes';
import { siteDataOf } from '../../src/lib/corpus/from-disk';
import { acceptedCases, combinedRoot, fixtureRoot, invalidCases, previousDist, renamedLine, SECRET, type ContentCase } from './fixtures';

/**
 * Every mistake an editor (or an attacker) can make in content/ gets one right message: each case in
 * tests/fixtures/invalid/ gives exactly its `first` line and its number of causes; the cases in
 * tests/fixtures/accepted/ are read correctly. A few run as real processes (exit code, no stack trace,
 * dist/ untouched); the rest run in-process, which is the same code without the start-up cost.
 */

const root = join(import.meta.dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const routes = routeFiles(root);

/** What the command would print first, and the number of causes, computed in-process. */
function outcome(c: ContentCase, at: string): { first: string; causes: number; all: string[] } {
	const { content, issues } = validateContent(readContent(at));
	if (issues.length || c.stage === 'validate') {
		const ok = `content ok: ${content.documents.size} documents, ${content.clauses.length} clauses, ${content.units.size} units, ${content.topics.size} topics, ${content.external.size} external documents`;
		return { first: issues.length ? formatIssue(issues[0]!) : ok, causes: causeCount(issues), all: issues.map(formatIssue) };
	}
	const published = checkPublishedAt(at, routes, siteDataOf(content));
	return { first: formatIssue(published.issues[0]!), causes: published.issues.length, all: published.issues.map(formatIssue) };
}

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const p = spawn(tsx, [join(root, script), ...args], { env: { ...process.env, ...env } });
		let stdout = '';
		let stderr = '';
		p.stdout.on('data', (d) => (stdout += d));
		p.stderr.on('data', (d) => (stderr += d));
		p.on('close', (status) => done({ status, stdout, stderr }));
	});
}

const firstLine = (s: string) => s.split('\n')[0];
const noStackTrace = (s: string) => expect(s).not.toMatch(/^\s+at .+[:(]\d+/m);

describe.each(invalidCases())('invalid content: $name', (c) => {
	it(`${c.about}: one located message`, () => {
		const o = outcome(c, fixtureRoot(c.name));
		expect(o.first).toBe(c.first);
		expect(o.causes, o.all.join('\n')).toBe(c.messages);
		// Content of files outside the repository never reaches a message.
		expect(o.all.join('\n')).not.toContain(SECRET.split('=')[1]);
	});
});

describe.each(acceptedCases())('accepted content: $name', (c) => {
	it(`${c.about}: read as if it were plain UTF-8`, () => {
		const at = fixtureRoot(c.name, 'accepted');
		const { content, issues } = validateContent(readContent(at));
		expect(issues.map(formatIssue)).toEqual([]);
		expect(outcome(c, at).first).toBe(c.first);
		const plain = validateContent(readContent(fixtureRoot())).content;
		// Same data and text as the base fixture, except what the case adds.
		for (const cl of plain.clauses) {
			const same = content.clauses.find((x) => x.id === cl.id)!;
			expect(same.data).toEqual(cl.data);
			if (c.name !== 'escaped-less-than') expect(same.text).toBe(cl.text);
			expect(same.body).not.toMatch(/\r|\uFEFF/);
		}
		expect([...content.documents.values()]).toEqual([...plain.documents.values()]);
	});
});

describe('the commands themselves', () => {
	const cli = [...invalidCases(), ...acceptedCases()].filter((c) => c.cli);
	it.concurrent.each(cli)('validate $name: exit code and first line, no stack trace', async (c) => {
		const r = await run('scripts/validate.ts', [fixtureRoot(c.name, c.kind)]);
		expect(r.status).toBe(c.exit);
		expect(firstLine(c.exit ? r.stderr : r.stdout)).toBe(c.first);
		noStackTrace(r.stderr);
	});

	it.concurrent.each(invalidCases().filter((c) => c.build))('build $name: exit 1, first line, dist/ untouched', async (c) => {
		const dist = previousDist();
		const r = await run('scripts/build.ts', [], { XIANGCE_CONTENT_ROOT: fixtureRoot(c.name), XIANGCE_DIST: dist.out });
		expect(r.status).toBe(c.exit);
		const errors = r.stderr.split('\n');
		expect(errors[0]).toBe(c.first);
		expect(r.stderr).toContain('nothing was built');
		expect(`${r.stdout}${r.stderr}`).not.toContain(SECRET.split('=')[1]);
		noStackTrace(r.stderr);
		expect(dist.untouched()).toBe(true);
	});
});

describe('all invalid cases in one tree', () => {
	it('gives exactly one message per cause: every case its own first line, nothing more', () => {
		const cases = [...invalidCases().filter((c) => c.stage === 'validate' && !c.alone), ...acceptedCases()];
		const { root: at, slugs } = combinedRoot(cases);
		const { issues } = validateContent(readContent(at));
		const lines = issues.map(formatIssue);
		for (const c of cases.filter((x) => x.kind === 'invalid')) expect(lines, c.name).toContain(renamedLine(c.first, slugs.get(c.name)!));
		expect(causeCount(issues), lines.join('\n')).toBe(cases.reduce((n, c) => n + c.messages, 0));
		expect(lines.join('\n')).not.toContain(SECRET.split('=')[1]);
	});
});
