import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { internalError } from '../content/error-map';

/** The folders a build reads and writes; every build process of one build agrees on them (the environment). */
export interface BuildFolders {
	/** The repository. */
	root: string;
	/** The live site, replaced only by a finished build. */
	out: string;
	/** The new site, built here and then renamed to `out`. */
	tmp: string;
	/** The previous site, while it is being deleted. */
	old: string;
	/** The content tree: the repository's, or another one (an invalid fixture, a synthetic corpus). */
	contentRoot: string;
	/** Astro's content store and incremental cache and the build's own caches: one per content tree, so fixture builds never mix. */
	cache: string;
}

export function buildFolders(root: string, env: NodeJS.ProcessEnv = process.env): BuildFolders {
	const out = resolve(root, env.XIANGCE_DIST ?? 'dist');
	const contentRoot = resolve(env.XIANGCE_CONTENT_ROOT ?? root);
	const cache = env.XIANGCE_CACHE_DIR
		? resolve(env.XIANGCE_CACHE_DIR)
		: contentRoot === root
			? resolve(root, 'node_modules/.astro')
			: resolve(root, 'node_modules/.astro/content-roots', createHash('sha1').update(contentRoot).digest('hex').slice(0, 12));
	return { root, out, tmp: `${out}.tmp`, old: `${out}.old`, contentRoot, cache };
}

/** A digest of files and folders (their paths and contents), relative to the repository. */
export function digestFiles(root: string, paths: string[]): string {
	const h = createHash('sha1');
	const add = (rel: string) => {
		const abs = resolve(root, rel);
		if (statSync(abs).isDirectory()) for (const f of readdirSync(abs).sort()) add(`${rel}/${f}`);
		else h.update(`${rel}\n`).update(readFileSync(abs));
	};
	paths.forEach(add);
	return h.digest('hex');
}

/**
 * How a build process ends when a stage fails: the unfinished site removed, one line saying what failed and that the
 * live site is untouched, exit 1.
 */
export function buildFailure({ tmp, out }: BuildFolders): (message: string) => never {
	return (message) => {
		rmSync(tmp, { recursive: true, force: true });
		console.error(`\nbuild: ${message}; ${existsSync(out) ? `the previous ${out} is untouched` : 'nothing was written'}.`);
		process.exit(1);
	};
}

/** No stack trace for anything content can cause: an error no check anticipated is one line that says it is a bug. */
export function reportBugsInOneLine({ out }: BuildFolders): void {
	process.on('uncaughtException', (e) => {
		console.error(`${internalError('build', e)}\nbuild: nothing was built${existsSync(out) ? ` and ${out} is untouched` : ''}.`);
		process.exit(2);
	});
}
