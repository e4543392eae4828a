import { Feed } from 'feed';
import type { Corpus, CorpusDoc } from '../corpus';
import { CHANGE_LABEL, documentChanges, libraryChanges, type LoggedChange } from '../views/changes';
import { clauseUrl } from '../urls';

/**
 * Atom feeds of the change log (`/feed.xml`, `/policies/<slug>/feed.xml`), written with the `feed` library.
 * Built from content only (no build time in them), so the same content gives the same bytes.
 */

export const FEED_PATH = '/feed.xml';
export const docFeedUrl = (slug: string) => `/policies/${slug}/feed.xml`;

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

function entryLink(c: LoggedChange): string {
	const ids = c.entry.clauses ?? [];
	return ids.length === 1 ? clauseUrl(c.doc.slug, ids[0]!) : `${c.doc.url}#${c.anchor}`;
}

function feedOf(changes: LoggedChange[], o: { title: string; description: string; path: string; page: string; site: string | URL }): string {
	const abs = (p: string) => new URL(p, o.site).href;
	const feed = new Feed({
		id: abs(o.path),
		title: o.title,
		description: o.description,
		link: abs(o.page),
		language: 'zh-CN',
		updated: changes[0] ? at(changes[0].entry.date) : at('2026-11-23'),
		generator: false,
		feedLinks: { atom: abs(o.path) },
		copyright: '条款原文逐字取自政策文本',
		author: { name: '湘策', link: abs('/') },
	});
	for (const c of changes) {
		const e = c.entry;
		const clauses = e.clauses?.length ? `涉及条款：${e.clauses.join('、')}。` : '';
		feed.addItem({
			// The entry's place in its document's log never changes, so neither does its id.
			id: abs(`${c.doc.url}#${c.anchor}`),
			title: `${c.doc.data.number} ${CHANGE_LABEL[e.kind]}：${e.what}`,
			link: abs(entryLink(c)),
			date: at(e.date),
			description: `${e.what} 原因：${e.reason}${clauses}`,
		});
	}
	return feed.atom1();
}

/** `/feed.xml`: every change in the library. */
export function libraryFeed(corpus: Corpus, site: string | URL): string {
	return feedOf(libraryChanges(corpus), { title: '湘策 · 变更记录', description: '湘策收录的政策文件的新增、文字更正、事实修订与效力状态变更。', path: FEED_PATH, page: '/policies/', site });
}

/** `/policies/<slug>/feed.xml`: one document's changes. */
export function documentFeed(doc: CorpusDoc, site: string | URL): string {
	return feedOf(documentChanges(doc), { title: `湘策 · ${doc.data.number} 变更记录`, description: `${doc.data.title}：本站记录的变更。`, path: docFeedUrl(doc.slug), page: doc.url, site });
}
