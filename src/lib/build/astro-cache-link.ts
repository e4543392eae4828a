import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import type { AstroPrerenderer } from 'astro';
import { join } from 'node:path';
import { placeCopies } from './place-copy';

/**
 * Astro's incremental build keeps each keyed page's last output in `<cacheDir>/dist/` and, for a page it reuses,
 * copies that file into the new site unless the file is there already (core/build/generate.js, `existsInDist`). At a
 * thousand documents that is tens of thousands of copies on every rebuild. So the build links the cache's files into
 * the new site before Astro runs (`prelink`), and Astro finds them in place.
 *
 * A link shares the file with the cache — and, after the swap, with the live site. Nothing may then write into it in
 * place: a page Astro renders again (`releaseForRender`) is unlinked, in the new site and in the cache, before Astro
 * writes it, so both get a file of their own and the live site keeps its bytes until the swap; the stages after
 * Astro replace files rather than write into them (`replaceFile`). A linked page Astro no longer builds (its route
 * or path is gone) is removed after the build (`removeUnbuilt`), so nothing stale is published.
 */
export class CachedPageLinks {
	/** Site-relative paths linked from the cache. */
	readonly linked = new Set<string>();
	private readonly cached: string;

	constructor(
		cacheDir: string,
		private readonly site: string,
	) {
		this.cached = join(cacheDir, 'dist');
	}

	/** Link every file of the cache into the site (several at a time, on libuv's threads). */
	async prelink(width = 16): Promise<number> {
		if (!existsSync(this.cached)) return 0;
		const files: string[] = [];
		const walk = async (rel: string): Promise<void> => {
			for (const e of await readdir(join(this.cached, rel), { withFileTypes: true })) {
				const path = rel ? `${rel}/${e.name}` : e.name;
				if (e.isDirectory()) await walk(path);
				else files.push(path);
			}
		};
		await walk('');
		for (const path of files) this.linked.add(path);
		await placeCopies(files.map((path) => [join(this.cached, path), join(this.site, path)]), [], width);
		return files.length;
	}

	/**
	 * Astro's prerenderer, wrapped (for `setPrerenderer`): it starts once `linked` (the `prelink` under way) is done,
	 * so every linked page is in place before the first page is rendered or reused, and it releases each page it
	 * renders again before Astro writes it.
	 */
	around(astro: AstroPrerenderer, linked: Promise<number>): AstroPrerenderer {
		return {
			name: 'xiangce-linked-pages',
			setup: async () => {
				const n = await linked;
				if (n) console.log(`build: ${n} pages of the last build linked from Astro's cache`);
				await astro.setup?.();
			},
			getStaticPaths: () => astro.getStaticPaths(),
			render: async (request, options) => {
				const result = await astro.render(request, options);
				this.releaseForRender(new URL(request.url).pathname);
				return result;
			},
			...(astro.collectStaticImages ? { collectStaticImages: () => astro.collectStaticImages!() } : {}),
			teardown: async () => astro.teardown?.(),
		};
	}

	/** Before Astro writes a page it rendered again: unlink the linked file (site and cache) at that URL path. */
	releaseForRender(pathname: string): void {
		const p = decodeURI(pathname).replace(/^\//, '');
		for (const rel of [p.endsWith('/') || p === '' ? `${p}index.html` : p, `${p}.html`, `${p}/index.html`]) {
			if (!this.linked.delete(rel)) continue;
			unlinkSync(join(this.site, rel));
			try {
				unlinkSync(join(this.cached, rel));
			} catch {
				// already gone from the cache: Astro writes it afresh
			}
		}
	}

	/**
	 * After the build: remove from the site every linked file that is not a page Astro built this time (reused or
	 * rendered), as its manifest `<cacheDir>/incremental-build.json` records them. Returns how many were removed.
	 */
	removeUnbuilt(manifestFile: string): number {
		const built = new Set<string>();
		if (existsSync(manifestFile)) {
			const m = JSON.parse(readFileSync(manifestFile, 'utf8')) as { routes?: Record<string, { paths: Record<string, { outputFile: string }> }> };
			for (const r of Object.values(m.routes ?? {})) for (const p of Object.values(r.paths)) built.add(decodeURI(p.outputFile));
		}
		let removed = 0;
		for (const rel of this.linked) {
			if (built.has(rel)) continue;
			unlinkSync(join(this.site, rel));
			this.linked.delete(rel);
			removed++;
		}
		return removed;
	}
}
