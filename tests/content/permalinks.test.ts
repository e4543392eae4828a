import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDataFromDisk } from '../../src/lib/corpus/from-disk';
import { routeFiles } from '../../src/lib/citations/routes';
import { checkManifest, sitePaths, type PermalinkManifest } from '../../src/lib/citations/permalinks';

const root = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'permalinks.json'), 'utf8')) as PermalinkManifest;
const { paths, unknownRoutes } = sitePaths(routeFiles(root), siteDataFromDisk(root));

describe('permalinks.json', () => {
	it('knows how every route lists its URLs', () => {
		expect(unknownRoutes).toEqual([]);
	});
	it('keeps every URL ever published working: each is live or moved to a live page, and every live URL is listed', () => {
		expect(checkManifest(manifest, paths)).toEqual([]);
	});
	it('covers documents, clauses, units, topics, external documents and the API', () => {
		for (const p of ['/policies/xiang-zheng-ban-fa-2018-82/', '/policies/xiang-zheng-ban-fa-2018-82/4-15/', '/units/edu-dept/', '/topics/chuyi/', '/external/guobanfa-2017-95/', '/api/clauses.json', '/api/schema.json', '/relations/']) {
			expect(manifest.pages).toContain(p);
		}
	});
});
