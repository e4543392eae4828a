/** Rendering of search results, shared by the header panel and the search page. */
import type { SearchHit } from './engine';

/** One result: document number, clause label and title (the link), excerpt. */
function hitItem(hit: SearchHit): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'search-hit';
	const link = document.createElement('a');
	link.href = hit.url;
	link.className = 'search-hit-link';
	const doc = document.createElement('span');
	doc.className = 'search-hit-doc';
	doc.textContent = hit.doc;
	const title = document.createElement('span');
	title.className = 'search-hit-title';
	title.textContent = hit.title;
	link.append(doc, ' ', title);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-hit-excerpt';
	// Built by makeExcerpt: escaped text and <mark> only.
	excerpt.innerHTML = hit.excerpt;
	li.append(link, excerpt);
	return li;
}

export function renderHits(list: HTMLElement, hits: SearchHit[], { append = false } = {}): void {
	const items = hits.map(hitItem);
	if (append) list.append(...items);
	else list.replaceChildren(...items);
}

/** The status line read out by screen readers. */
export function statusText(q: string, total: number, filtered: boolean): string {
	if (total > 0) return `找到 ${total} 条相关条款`;
	const scope = filtered ? '在所选筛选条件下' : '';
	return q ? `${scope}没有找到与“${q}”相关的条款。` : `${scope}没有条款。`;
}

export const LOADING_TEXT = '正在加载搜索…';
export const FAILED_TEXT = '搜索加载失败，请检查网络后重试。';
