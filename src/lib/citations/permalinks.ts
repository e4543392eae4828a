import type { SiteData } from '../corpus/from-disk';
import type { ContentHashes } from '../content/change-log';
import { APPLICATIONS } from '../views/applications';
import { CSV_TABLES } from '../export/csv';
import { docFeedUrl } from '../export/feed';
import { DATA_FILES } from '../build/data-files';
import { ledgerUnitIds } from '../export/ledger';
import { selfCheckRoles } from '../views/self-check';
import { apiDocumentUrl, applicationUrl, cityUrl, csvUrl, clauseUrl, docUrl, externalUrl, industryUrl, printDocUrl, printUrl, roleUrl, selfCheckUrl, topicUrl, unitUrl } from '../urls';

/**
 * Permalink stability. `permalinks.json` at the repository root lists every public URL the site has ever
 * published (`pages`) and where each one that no longer exists now lives (`moved`). URLs are only ever added:
 * one that disappears must be mapped in `moved`, and the build then emits a redirect page for it.
 */
export interface PermalinkManifest {
	about?: string;
	/** Every public path ever published, sorted. */
	pages: string[];
	/** Old path → new path, for paths that no longer exist. */
	moved: Record<string, string>;
	/** Hashes of every clause's text and facts and every document's lifecycle, for the change-log gate (src/lib/content/change-log.ts). */
	contentHashes?: ContentHashes;
}

/** Dynamic routes and the paths they publish; a new dynamic route must be taught here. */
const DYNAMIC: Record<string, (s: SiteData) => string[]> = {
	'policies/[doc]/index.astro': ({ corpus: c }) => c.docs.map((d) => docUrl(d.slug)),
	'policies/[doc]/[clause].astro': ({ corpus: c }) => c.clauses.map((x) => clauseUrl(x.doc, x.id)),
	'units/[id].astro': ({ corpus: c }) => c.units.map((u) => unitUrl(u.id)),
	'roles/[id].astro': ({ corpus: c }) => c.units.filter((u) => u.type === 'role').map((u) => roleUrl(u.id)),
	'topics/[id].astro': ({ corpus: c }) => c.topics.map((t) => topicUrl(t.id)),
	'external/[id].astro': ({ corpus: c }) => c.external.map((x) => externalUrl(x.id)),
	'apply/[id].astro': () => APPLICATIONS.map((a) => applicationUrl(a.id)),
	'cities/[city].astro': ({ industryLayout }) => (industryLayout?.cities ?? []).map(cityUrl),
	'industries/[code].astro': ({ industryLayout }) => (industryLayout?.industries ?? []).map((i) => industryUrl(i.code)),
	'api/documents/[slug].json.ts': ({ corpus: c }) => c.docs.map((d) => apiDocumentUrl(d.slug)),
	'api/[table].csv.ts': () => CSV_TABLES.map(csvUrl),
	'policies/[doc]/feed.xml.ts': ({ corpus: c }) => c.docs.map((d) => docFeedUrl(d.slug)),
	'print/[id].astro': ({ corpus: c }) => ledgerUnitIds(c).map(printUrl),
	'print/documents/[doc].astro': ({ corpus: c }) => c.docs.map((d) => printDocUrl(d.slug)),
	'self-check/[id].astro': ({ corpus: c }) => selfCheckRoles(c).map(selfCheckUrl),
};

/** Routes that publish no page of their own: the redirect pages, error pages. */
const NOT_PUBLIC = /^(?:\[\.\.\.moved\]\.ts|40[34]\.astro|500\.astro)$|(?:^|\/)_/;

/** The path a static route file publishes (`policies/index.astro` → `/policies/`, `api/x.json.ts` → `/api/x.json`). */
export function staticRoutePath(file: string): string {
	if (/\.(?:ts|js)$/.test(file)) return `/${file.replace(/\.(?:ts|js)$/, '')}`;
	const base = file.replace(/\.(?:astro|md|mdx|html)$/, '').replace(/(?:^|\/)index$/, '');
	return base ? `/${base}/` : '/';
}

/** Every public path the site publishes now, from its route files (relative to src/pages) and the corpus. */
export function sitePaths(routeFiles: string[], site: SiteData): { paths: string[]; unknownRoutes: string[] } {
	const paths = new Set<string>();
	const unknownRoutes: string[] = [];
	for (const f of routeFiles) {
		if (NOT_PUBLIC.test(f)) continue;
		if (f.includes('[')) {
			const list = DYNAMIC[f];
			if (list) list(site).forEach((p) => paths.add(p));
			else unknownRoutes.push(f);
		} else paths.add(staticRoutePath(f));
	}
	// Files the build writes in bulk rather than through a route (src/lib/build/data-files.ts).
	for (const family of DATA_FILES) family.paths(site).forEach((p) => paths.add(p));
	return { paths: [...paths].sort(), unknownRoutes };
}

/** Follow `moved` to a live path; undefined when it ends nowhere or loops. */
export function resolveMoved(moved: Record<string, string>, live: Set<string>, from: string): string | undefined {
	const seen = new Set<string>();
	let at = from;
	while (!live.has(at)) {
		if (seen.has(at) || !(at in moved)) return undefined;
		seen.add(at);
		at = moved[at]!;
	}
	return at === from ? undefined : at;
}

/** The redirect pages to emit: every moved page with its final live target. */
export function redirects(manifest: PermalinkManifest, live: string[]): { from: string; to: string }[] {
	const set = new Set(live);
	return Object.keys(manifest.moved)
		.sort()
		.flatMap((from) => {
			const to = resolveMoved(manifest.moved, set, from);
			// Only a page can carry a redirect page; checkManifest reports the others.
			return to && !set.has(from) && from.endsWith('/') ? [{ from, to }] : [];
		});
}

/** Problems with the manifest against the paths published now, each with what to do. Empty when stable. */
export function checkManifest(manifest: PermalinkManifest, live: string[]): string[] {
	const set = new Set(live);
	const listed = new Set(manifest.pages);
	const problems: string[] = [];
	for (const p of manifest.pages) {
		if (set.has(p)) continue;
		if (!(p in manifest.moved)) problems.push(`${p} is no longer published: map it to its new home in permalinks.json "moved" (a redirect page is then built), or restore it`);
	}
	for (const [from, to] of Object.entries(manifest.moved)) {
		if (set.has(from)) problems.push(`${from} is published again but still listed in "moved": remove the "moved" entry`);
		else if (!resolveMoved(manifest.moved, set, from)) problems.push(`${from} → ${to} does not lead to a published page (or loops): point it at a live path`);
		if (!from.endsWith('/')) problems.push(`${from}: only pages (paths ending in /) can be redirected; a file such as JSON cannot carry a redirect page`);
		if (!listed.has(from)) problems.push(`${from} is in "moved" but not in "pages": add it to "pages" (run \`npx tsx scripts/permalinks.ts\`)`);
	}
	for (const p of live) if (!listed.has(p)) problems.push(`${p} is new and not in permalinks.json: run \`npx tsx scripts/permalinks.ts\` and commit the file`);
	return problems;
}

/** Add newly published paths; never drop one (disappearing paths are reported by `checkManifest`). */
export function updateManifest(manifest: PermalinkManifest, live: string[]): { manifest: PermalinkManifest; added: string[] } {
	const listed = new Set(manifest.pages);
	const added = live.filter((p) => !listed.has(p));
	return { manifest: { ...manifest, pages: [...listed, ...added].sort(), moved: manifest.moved }, added };
}

function escapeHtml(s: string): string {
	return s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

/**
 * The static page left at a moved path: an immediate meta refresh, the canonical URL of the new home for
 * search engines, and a plain link for everyone else (works without JavaScript).
 */
export function redirectHtml(to: string, site: string | URL, copy: { title: string; text: string } = { title: '页面已迁移 · 湘策', text: '此页面已迁移至新地址：' }): string {
	const target = new URL(to, site).href;
	const t = escapeHtml(target);
	const rel = escapeHtml(to);
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(copy.title)}</title>
<meta http-equiv="refresh" content="0; url=${rel}">
<link rel="canonical" href="${t}">
<meta name="robots" content="noindex">
</head>
<body>
<p>${escapeHtml(copy.text)}<a href="${rel}">${t}</a></p>
</body>
</html>
`;
}
