import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a page costs to load: HTML, CSS and the JavaScript that runs at load (not what is imported on demand). */
export interface PageWeight {
	path: string;
	html: number;
	css: number;
	js: number;
	total: number;
	files: string[];
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** Static `import … from '…'` and `import '…'` specifiers; `import()` is on demand and not counted. */
function staticImports(js: string): string[] {
	return [...js.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?\bfrom\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** Gzip weight of a built page under `dist`, following its stylesheets, scripts and their static imports. */
export function pageWeight(dist: string, path: string): PageWeight {
	const htmlFile = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const local = (href: string, from: string) => (href.startsWith('/') ? join(dist, href) : resolve(dirname(from), href));
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => local(m[1]!, htmlFile));
	const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => local(m[1]!, htmlFile));
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
	for (const s of inline) for (const i of staticImports(s)) queue.push(local(i, htmlFile));
	const js = new Set<string>();
	while (queue.length) {
		const f = queue.shift()!;
		if (js.has(f) || !existsSync(f)) continue;
		js.add(f);
		for (const i of staticImports(readFileSync(f, 'utf8'))) queue.push(local(i, f));
	}
	const w = {
		html: gz(html),
		css: css.filter(existsSync).reduce((n, f) => n + gz(readFileSync(f)), 0),
		js: [...js].reduce((n, f) => n + gz(readFileSync(f)), 0),
	};
	return { path, ...w, total: w.html + w.css + w.js, files: [...css, ...js].map((f) => f.slice(dist.length)) };
}
