import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Route files under `src/pages`, relative and with `/` separators (`policies/[doc]/index.astro`). */
export function routeFiles(root: string): string[] {
	const base = join(root, 'src', 'pages');
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(?:astro|md|mdx|html|ts|js)$/.test(e.name)) out.push(relative(base, p).split(sep).join('/'));
		}
	};
	walk(base);
	return out.sort();
}
