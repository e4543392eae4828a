/**
 * Rendering of search results, shared by the header panel and the search page: the notices above the list
 * (partial match, words set aside, 您是不是要找), the answer line on the best hit, and the hits. A second render of
 * the same query (the re-ranked stage) updates the list in place: items are kept by URL and moved, their
 * excerpts filled in, so nothing flickers and the focused result keeps its focus.
 */
import type { SearchHit, SearchOutcome } from './engine';
import { searchUrl } from '../../lib/search/url-state';

function hitItem(): HTMLLIElement {
	const li = document.createElement('li');
	li.className = 'search-hit';
	const link = document.createElement('a');
	link.className = 'search-hit-link';
	const doc = document.createElement('span');
	doc.className = 'search-hit-doc';
	const title = document.createElement('span');
	title.className = 'search-hit-title';
	link.append(doc, ' ', title);
	const excerpt = document.createElement('p');
	excerpt.className = 'search-hit-excerpt';
	li.append(link, excerpt);
	return li;
}

function fillHit(li: HTMLLIElement, hit: SearchHit): void {
	const link = li.querySelector<HTMLAnchorElement>('.search-hit-link')!;
	link.href = hit.url;
	li.dataset.url = hit.url;
	link.querySelector('.search-hit-doc')!.textContent = hit.doc;
	link.querySelector('.search-hit-title')!.textContent = hit.title;
	const excerpt = li.querySelector<HTMLElement>('.search-hit-excerpt')!;
	// Built by makeExcerpt: escaped text and <mark> only.
	if (excerpt.innerHTML !== hit.excerpt) excerpt.innerHTML = hit.excerpt;
	excerpt.dataset.pending = hit.excerpt ? 'false' : 'true';
	let via = li.querySelector<HTMLElement>('.search-hit-via');
	if (hit.via) {
		via ??= Object.assign(document.createElement('p'), { className: 'search-hit-via' });
		const { key, value, broader } = hit.via;
		via.textContent = key === 'role' ? `面向“${broader}”，含${value}` : `责任单位为“${broader}”，含${value}`;
		if (!via.isConnected) li.append(via);
	} else via?.remove();
}

/**
 * Show `hits` in `list`, reusing the items already there for the same URLs (in their new order). With `append`,
 * add them after the items shown.
 */
export function renderHits(list: HTMLElement, hits: SearchHit[], { append = false } = {}): void {
	const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).closest<HTMLElement>('.search-hit')?.dataset.url : undefined;
	const existing = new Map([...list.querySelectorAll<HTMLLIElement>(':scope > .search-hit')].map((li) => [li.dataset.url ?? '', li]));
	const items = hits.map((hit) => {
		const li = (!append && existing.get(hit.url)) || hitItem();
		existing.delete(hit.url);
		fillHit(li, hit);
		return li;
	});
	if (append) list.append(...items);
	else {
		items.forEach((li, i) => {
			if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
		});
		for (const li of existing.values()) li.remove();
	}
	if (focused) list.querySelector<HTMLAnchorElement>(`.search-hit[data-url="${CSS.escape(focused)}"] .search-hit-link`)?.focus();
}

/** The answer line at the top of the best hit: 「answer」— 发文字号 位置, linked to the clause. */
export function renderAnswer(list: HTMLElement, outcome: SearchOutcome): void {
	list.querySelectorAll('.search-answer').forEach((el) => el.remove());
	const a = outcome.answer;
	const first = list.querySelector<HTMLElement>(':scope > .search-hit');
	if (!a || !first) return;
	const p = document.createElement('p');
	p.className = 'search-answer';
	const label = document.createElement('span');
	label.className = 'search-answer-label';
	label.textContent = '答';
	const link = document.createElement('a');
	link.href = a.url;
	link.textContent = `「${a.text}」`;
	const cite = document.createElement('span');
	cite.className = 'search-answer-cite';
	cite.textContent = ` — ${a.cite}`;
	p.append(label, ' ', link, cite);
	first.prepend(p);
}

/**
 * The notices above the results: that the results are a partial match (and which words no clause had), which
 * question words were set aside, that Traditional characters were read as Simplified, and 您是不是要找.
 */
export function renderNotices(box: HTMLElement, outcome: SearchOutcome, q: string, onSuggest?: (q: string) => void): void {
	const lines: HTMLElement[] = [];
	const line = (cls: string, ...parts: (string | Node)[]) => {
		const p = document.createElement('p');
		p.className = `search-notice ${cls}`;
		p.append(...parts);
		lines.push(p);
	};
	const { analysis, relaxation, suggestions, total } = outcome;
	if (outcome.stage === 'final' || total > 0) {
		if (total > 0 && !relaxation.complete) {
			const missing = relaxation.missing.length ? `（未找到：${relaxation.missing.join('、')}）` : '';
			line('search-partial', `没有同时包含全部词语的条款，以下为部分匹配${missing}。`);
		}
		const notes: string[] = [];
		if (analysis.converted) notes.push(`已按简体“${analysis.query}”搜索`);
		if (analysis.setAside.length) notes.push(`已略去提问用语“${[...new Set(analysis.setAside)].join('、')}”`);
		if (notes.length) line('search-understood', `${notes.join('；')}。`);
	}
	if (suggestions.length) {
		const parts: (string | Node)[] = ['您是不是要找：'];
		suggestions.forEach((s, i) => {
			if (i) parts.push('、');
			const a = document.createElement('a');
			a.href = searchUrl({ q: s.query, filters: {} });
			a.textContent = s.query;
			a.dataset.suggestion = s.query;
			if (onSuggest)
				a.addEventListener('click', (e) => {
					e.preventDefault();
					onSuggest(s.query);
				});
			parts.push(a);
		});
		parts.push('？');
		line('search-suggest', ...parts);
	}
	box.replaceChildren(...lines);
	box.hidden = lines.length === 0;
	box.dataset.q = q;
}

/** The status line read out by screen readers; while results are listed before the full texts are searched, says so. */
export function statusText(q: string, total: number, filtered: boolean, stage: SearchOutcome['stage'] = 'final'): string {
	if (stage === 'first') return SEARCHING_TEXT;
	if (total > 0) return `找到 ${total} 条相关条款`;
	const scope = filtered ? '在所选筛选条件下' : '';
	return q ? `${scope}没有找到与“${q}”相关的条款。` : `${scope}没有条款。`;
}

export const LOADING_TEXT = '正在加载搜索…';
export const SEARCHING_TEXT = '正在检索全文，结果将随之更新…';
export const FAILED_TEXT = '搜索加载失败，请检查网络后重试。';
