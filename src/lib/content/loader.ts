import type { Loader, LoaderContext } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { corpusOfContent, sharedValidContent, validContentFromDisk } from '../corpus/from-disk';
import { refLinkOptions } from '../render/ref-link-options';
import { clauseRenderer } from '../render/clause-html';
import { INDUSTRY_LAYOUT_ID } from '../schema/industry-layout';
import type { ValidContent } from './validate';

/**
 * The Astro content layer's view of `content/`: one custom loader per collection, all fed by the one validated
 * read of the content (src/lib/content/read.ts → validate.ts), never by a second reader.
 *
 * Clause bodies are rendered here, once, to HTML (src/lib/render/clause-html.ts) and stored with the clause's data
 * and plain text: no MDX module per clause for Vite to bundle and the prerender to keep (issue 11 measured half the
 * memory that way). A clause whose source and rendering inputs are unchanged keeps its stored entry, so a rebuild
 * renders only what changed.
 */

export const COLLECTIONS = ['documents', 'clauses', 'units', 'topics', 'external', 'industryLayout'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Replace a collection's entries with `entries`, keeping those whose digest is unchanged. */
function sync(ctx: LoaderContext, entries: { id: string; digest: string; make: () => Parameters<LoaderContext['store']['set']>[0] }[]): { changed: number } {
	const keep = new Set(entries.map((e) => e.id));
	for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
	let changed = 0;
	for (const e of entries) {
		if (ctx.store.get(e.id)?.digest === e.digest) continue;
		ctx.store.set(e.make());
		changed++;
	}
	return { changed };
}

function dataEntries<T extends object>(ctx: LoaderContext, items: [string, T][]) {
	return sync(
		ctx,
		items.map(([id, data]) => {
			const digest = ctx.generateDigest(data as Record<string, unknown>);
			return { id, digest, make: () => ({ id, data: data as Record<string, unknown>, digest }) };
		}),
	);
}

/**
 * What a clause's HTML depends on besides its own file: where its references point (document numbers, titles,
 * clause labels of the whole corpus). A change there re-renders every clause; a change to one clause only that one.
 */
function renderInputsDigest(ctx: LoaderContext, content: ValidContent): string {
	return ctx.generateDigest({
		documents: [...content.documents].map(([slug, d]) => [slug, d.number, d.title, d.shortTitle ?? '', d.attachments.length]),
		external: [...content.external.values()].map((x) => [x.id, x.title, x.number ?? '']),
		labels: content.clauses.map((c) => [c.doc, c.id, c.data.label, c.data.parent ?? '']),
	});
}

function clauseEntries(ctx: LoaderContext, content: ValidContent) {
	const inputs = renderInputsDigest(ctx, content);
	let renderer: ReturnType<typeof clauseRenderer> | undefined;
	return sync(
		ctx,
		content.clauses.map((c) => {
			const id = `${c.doc}/${c.id}`;
			const digest = ctx.generateDigest({ inputs, data: c.data, body: c.body });
			return {
				id,
				digest,
				make: () => {
					renderer ??= clauseRenderer(refLinkOptions(corpusOfContent(content)));
					const { html } = renderer.render(c.body, c.data.refs);
					return { id, data: { ...c.data, text: c.text }, rendered: { html }, digest };
				},
			};
		}),
	);
}

/** The loaders of every collection, reading `content/` under `root`. */
export function contentLoaders(contentRoot: string): Record<CollectionName, Loader> {
	const root = resolve(contentRoot);
	const loader = (name: CollectionName, fill: (ctx: LoaderContext, content: ValidContent) => { changed: number }): Loader => ({
		name: `xiangce-${name}`,
		load: async (ctx) => {
			const run = (content: ValidContent) => {
				const t = performance.now();
				const { changed } = fill(ctx, content);
				ctx.logger.info(`${name}: ${ctx.store.keys().length} entries, ${changed} updated (${Math.round(performance.now() - t)} ms)`);
			};
			run(sharedValidContent(root));
			// astro dev: reload when content/ changes; an invalid edit is reported and the last good entries stay.
			ctx.watcher?.add(join(root, 'content'));
			ctx.watcher?.on('all', (_event, path) => {
				if (!resolve(path).startsWith(join(root, 'content'))) return;
				try {
					run(validContentFromDisk(root));
				} catch (e) {
					ctx.logger.error((e as Error).message);
				}
			});
		},
	});
	return {
		documents: loader('documents', (ctx, c) => dataEntries(ctx, [...c.documents])),
		clauses: loader('clauses', clauseEntries),
		units: loader('units', (ctx, c) => dataEntries(ctx, [...c.units])),
		topics: loader('topics', (ctx, c) => dataEntries(ctx, [...c.topics])),
		external: loader('external', (ctx, c) => dataEntries(ctx, [...c.external])),
		industryLayout: loader('industryLayout', (ctx, c) => dataEntries(ctx, c.industryLayout ? [[INDUSTRY_LAYOUT_ID, c.industryLayout]] : [])),
	};
}
