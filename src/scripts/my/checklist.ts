/**
 * Self-checks (/apply/<id>/, /self-check/<role>/): the page lists every item to check, printable as it is; this
 * script adds a tick, status, note and evidence link to each, keeps them in the same storage as 我的清单 (one list
 * per page), sums up what is done and what is missing, and exports. Without JavaScript the page is a paper list.
 */
import { mergeEntries, statusSummary, type ListEntry } from '../../lib/export/list-table';
import type { ListItem } from '../../lib/views/list-items';
import { entryControls } from './controls';
import { entries, newEntry, setEntries, setMeta, storageAvailable, update } from './store';
import { toolbar } from './toolbar';

const root = document.querySelector<HTMLElement>('[data-check-list]');

if (root && storageAvailable()) {
	const list = root.dataset.checkList!;
	const title = root.dataset.checkTitle ?? document.title;
	setMeta(list, title, location.pathname);
	const items = [...root.querySelectorAll<HTMLElement>('[data-check-item]')].map((node) => ({ node, item: JSON.parse(node.dataset.checkItem!) as ListItem }));
	const stored = () => new Map(entries(list).map((e) => [e.key, e]));
	/** Every item on the page, as recorded or (never touched) 未开始. */
	const all = (): ListEntry[] => {
		const s = stored();
		return items.map(({ item }) => s.get(item.key) ?? newEntry(item));
	};

	const summary = Object.assign(document.createElement('p'), { className: 'list-summary' });
	const missing = Object.assign(document.createElement('input'), { type: 'checkbox' });
	const filter = Object.assign(document.createElement('label'), { className: 'list-filter' });
	filter.append(missing, '只显示尚未完成的项');
	const refresh = () => {
		const list = all();
		const open = list.filter((e) => e.status !== 'done' && e.status !== 'na').length;
		summary.textContent = `${statusSummary(list)}；尚未完成 ${open} 项。`;
		const done = new Set(list.filter((e) => e.status === 'done' || e.status === 'na').map((e) => e.key));
		for (const { node, item } of items) {
			node.classList.toggle('is-done', done.has(item.key));
			node.hidden = missing.checked && done.has(item.key);
		}
	};
	missing.addEventListener('change', refresh);

	const drawControls = () => {
		const s = stored();
		for (const { node, item } of items) {
			const slot = node.querySelector<HTMLElement>('[data-check-slot]') ?? node;
			slot.querySelector(':scope > .entry-controls')?.remove();
			slot.append(entryControls(s.get(item.key) ?? newEntry(item), (change) => (update(list, item, change), refresh())));
		}
	};
	drawControls();
	const tools = toolbar({
		title,
		filename: title,
		entries: all,
		onImport: (parsed) => {
			const known = new Set(items.map((i) => i.item.key));
			const mine = parsed.entries.filter((e) => known.has(e.key));
			if (!setEntries(list, mergeEntries(entries(list), mine).entries)) return '浏览器未能保存（存储已满或被禁用）。';
			drawControls();
			refresh();
			return `已导入 ${mine.length} 项${parsed.entries.length > mine.length ? `（另有 ${parsed.entries.length - mine.length} 项不属于本清单，未导入）` : ''}。`;
		},
	});
	const panel = root.querySelector<HTMLElement>('[data-check-tools]') ?? root;
	panel.prepend(tools.element, summary, filter);
	for (const n of root.querySelectorAll<HTMLElement>('[data-needs-js]')) n.hidden = true;
	refresh();
}
