import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDataFromDisk } from '../../src/lib/corpus/from-disk';
import { checkPublished, lostPages } from '../../src/lib/citations/published';
import { fixtureRoot } from './fixtures';

const ROUTES = ['index.astro', 'policies/[doc]/index.astro', 'policies/[doc]/[clause].astro', 'units/[id].astro', 'roles/[id].astro', 'topics/[id].astro', 'api/documents/[slug].json.ts'];
const root = fixtureRoot();
const site = siteDataFromDisk(root);
const manifest = (pages: string[], moved: Record<string, string> = {}) => JSON.stringify({ pages, moved }, null, '\t');
const check = (pages: string[], moved?: Record<string, string>, at = root) => checkPublished(manifest(pages, moved), ROUTES, site, at);

describe('nothing published disappears', () => {
	it('passes when every listed URL is built or moved to a built page', () => {
		const r = check(['/', '/policies/xiang-test-2024-1/1/', '/policies/xiang-test-2024-1/old/'], { '/policies/xiang-test-2024-1/old/': '/policies/xiang-test-2024-1/1/' });
		expect(r.issues).toEqual([]);
		expect(r.added).toContain('/policies/xiang-test-2024-1/1-1/');
	});
	it('follows chains of moves', () => {
		expect(lostPages({ pages: ['/a/', '/b/'], moved: { '/a/': '/b/', '/b/': '/c/' } }, ['/c/'])).toEqual([]);
		expect(lostPages({ pages: ['/a/'], moved: { '/a/': '/b/', '/b/': '/a/' } }, ['/c/'])).toEqual(['/a/']);
	});
	it('names the likely cause of each kind of URL', () => {
		const cause = (url: string) => check([url]).issues[0]!.message;
		expect(cause('/policies/xiang-gone-2020-1/')).toContain('content/documents/xiang-gone-2020-1.yaml is gone');
		expect(cause('/api/documents/xiang-gone-2020-1.json')).toContain('content/documents/xiang-gone-2020-1.yaml is gone');
		expect(cause('/policies/xiang-test-2024-1/9/')).toContain('content/clauses/xiang-test-2024-1/9.mdx is gone');
		expect(cause('/units/higher-vocational-college/')).toContain('unit `higher-vocational-college` is no longer in content/units.yaml');
		expect(cause('/roles/edu-dept/')).toContain('is no longer a role');
		expect(cause('/units/nope/')).toContain('New URL(s) like it: /units/city-edu-bureau/');
		expect(cause('/topics/gone/')).toContain('content/topics.yaml');
		expect(cause('/about/')).toContain('src/pages/');
	});
	it('spots a clause saved under another extension', () => {
		const at = fixtureRoot();
		mkdirSync(join(at, 'content/clauses/xiang-test-2024-1'), { recursive: true });
		writeFileSync(join(at, 'content/clauses/xiang-test-2024-1/1-2.MD'), '');
		expect(check(['/policies/xiang-test-2024-1/1-2/'], {}, at).issues[0]!.message).toContain('1-2.MD is not a clause file');
	});
	it('points at the line of the URL in permalinks.json', () => {
		const r = check(['/', '/policies/xiang-test-2024-1/9/']);
		expect(r.issues[0]).toMatchObject({ file: 'permalinks.json', line: 4, field: '/policies/xiang-test-2024-1/9/' });
	});
	it('reports a missing or broken manifest as such', () => {
		expect(checkPublished(undefined, ROUTES, site, root).issues[0]!.message).toContain('is missing');
		expect(checkPublished('{', ROUTES, site, root).issues[0]!.message).toContain('is not a valid manifest');
	});
});
