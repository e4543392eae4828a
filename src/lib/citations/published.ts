import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteData } from '../corpus/from-disk';
import type { ContentIssue } from '../content/error-map';
import { resolveMoved, sitePaths, staticRoutePath, type PermalinkManifest } from './permalinks';

/**
 * Nothing published disappears: the build refuses content under which a URL of `permalinks.json` would no
 * longer exist (and is not mapped under `moved`), and says what most likely made it disappear. New URLs are
 * only counted: `npx tsx scripts/permalinks.ts` adds them and `tests/content/permalinks.test.ts` insists.
 */

export interface PublishedCheck {
	/** One per URL that would disappear (file `permalinks.json`, field the URL). */
	issues: ContentIssue[];
	/** Published now but not yet in the manifest. */
	added: string[];
}

/** Pages of the manifest that are neither published nor moved to a page that is. */
export function lostPages(manifest: PermalinkManifest, live: string[]): string[] {
	const set = new Set(live);
	return manifest.pages.filter((p) => !set.has(p) && !resolveMoved(manifest.moved ?? {}, set, p));
}

/** A route file as a pattern over paths: `policies/[doc]/[clause].astro` → `/policies/(doc)/(clause)/`. */
function routePattern(route: string): RegExp {
	const path = staticRoutePath(route).replace(/[.*+?^$()|\\]/g, '\\$&');
	return new RegExp(`^${path.replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
}

type Params = Record<string, string>;

/** Why a URL of each dynamic route would disappear, from what the content has now. */
function causes(contentRoot: string, site: SiteData): Record<string, (p: Params) => string> {
	const { corpus } = site;
	const unit = (id: string) => corpus.units.find((u) => u.id === id);
	const document = (slug: string) =>
		existsSync(join(contentRoot, 'content', 'documents', `${slug}.yaml`))
			? `content/documents/${slug}.yaml no longer publishes it`
			: `content/documents/${slug}.yaml is gone (removed or renamed)`;
	return {
		'policies/[doc]/index.astro': ({ doc }) => document(doc!),
		'api/documents/[slug].json.ts': ({ slug }) => document(slug!),
		'policies/[doc]/[clause].astro': ({ doc, clause }) => {
			if (!corpus.docs.some((d) => d.slug === doc)) return document(doc!);
			const dir = join(contentRoot, 'content', 'clauses', doc!);
			const twin = existsSync(dir) ? readdirSync(dir).find((f) => f !== `${clause}.mdx` && f.toLowerCase().replace(/\.(?:mdx|md|markdown)$/, '') === clause!.toLowerCase()) : undefined;
			if (twin) return `content/clauses/${doc}/${twin} is not a clause file (clause files end in \`.mdx\`): rename it to ${clause}.mdx`;
			return `content/clauses/${doc}/${clause}.mdx is gone (removed or renamed)`;
		},
		'units/[id].astro': ({ id }) => (unit(id!)?.type === 'role' ? `unit \`${id}\` is now a role (its page is /roles/${id}/)` : `unit \`${id}\` is no longer in content/units.yaml (removed, or its id changed)`),
		'roles/[id].astro': ({ id }) => (unit(id!) ? `\`${id}\` is no longer a role in content/units.yaml (its page is /units/${id}/)` : `role \`${id}\` is no longer in content/units.yaml (removed, or its id changed)`),
		'topics/[id].astro': ({ id }) => `topic \`${id}\` is no longer in content/topics.yaml (removed, or its id changed)`,
		'external/[id].astro': ({ id }) => `external document \`${id}\` is no longer in content/external.yaml (removed, or its id changed)`,
		'cities/[city].astro': ({ city }) => `city \`${city}\` is no longer in content/datasets/industry-layout.yaml`,
		'industries/[code].astro': ({ code }) => `industry \`${code}\` is no longer in content/datasets/industry-layout.yaml`,
		'apply/[id].astro': ({ id }) => `application \`${id}\` is no longer in src/lib/views/applications.ts`,
		'api/[table].csv.ts': ({ table }) => `table \`${table}\` is no longer in src/lib/export/csv.ts`,
	};
}

/**
 * Check the manifest against the site the content would build. `routeFiles` are the route files of the code
 * (relative to src/pages), `manifestText` the text of permalinks.json (undefined when there is none).
 */
export function checkPublished(manifestText: string | undefined, routeFiles: string[], site: SiteData, contentRoot: string): PublishedCheck {
	const file = 'permalinks.json';
	if (manifestText === undefined) return { issues: [{ file, field: '(file)', message: 'is missing: it lists every URL ever published; restore it from git (or create it with `npx tsx scripts/permalinks.ts`)' }], added: [] };
	let manifest: PermalinkManifest;
	try {
		manifest = JSON.parse(manifestText) as PermalinkManifest;
		if (!Array.isArray(manifest.pages)) throw new Error('no "pages" list');
	} catch (e) {
		return { issues: [{ file, field: '(file)', message: `is not a valid manifest (${(e as Error).message.slice(0, 80)}): restore it from git` }], added: [] };
	}
	const { paths } = sitePaths(routeFiles, site);
	const listed = new Set(manifest.pages);
	const added = paths.filter((p) => !listed.has(p));
	const why = causes(contentRoot, site);
	const routes = routeFiles.filter((r) => r.includes('[') && why[r]).map((r) => ({ route: r, re: routePattern(r) }));
	const lines = manifestText.split('\n');
	const explain = (url: string) => {
		const hit = routes.map((r) => ({ ...r, m: r.re.exec(url) })).find((r) => r.m);
		return { hit, cause: hit ? why[hit.route]!(hit.m!.groups ?? {}) : 'the page file for it under src/pages/ was removed or renamed' };
	};
	const issues = lostPages(manifest, paths).map((url): ContentIssue => {
		const target = manifest.moved?.[url];
		const line = lines.findIndex((l) => l.includes(JSON.stringify(url))) + 1 || undefined;
		if (target) {
			return { file, line, field: url, message: `would no longer be published: its "moved" entry leads to ${target}, which is not published either (${explain(target).cause}). Point it at a published page in permalinks.json "moved"` };
		}
		const { hit, cause } = explain(url);
		// New URLs of the same route (and, for clauses, the same document) are the likely new homes.
		const doc = hit?.m!.groups?.doc;
		const siblings = hit ? added.filter((p) => hit.re.test(p) && (!doc || hit.re.exec(p)!.groups?.doc === doc)) : [];
		const renamed = siblings.length ? ` New URL(s) like it: ${siblings.slice(0, 3).join(', ')}${siblings.length > 3 ? ', …' : ''}.` : '';
		return { file, line, field: url, message: `would no longer be published: ${cause}.${renamed} Restore it, or map the old URL to its new home under "moved" in permalinks.json` };
	});
	return { issues, added };
}

/** `checkPublished` for a content root, reading its permalinks.json. */
export function checkPublishedAt(contentRoot: string, routeFiles: string[], site: SiteData): PublishedCheck {
	const path = join(contentRoot, 'permalinks.json');
	return checkPublished(existsSync(path) ? readFileSync(path, 'utf8') : undefined, routeFiles, site, contentRoot);
}
