/** /my/: the reader's list, drawn from localStorage, grouped by document, each entry with its controls. */
import { ITEM_KIND_LABEL } from '../../lib/views/list-items';
import { groupEntries, mergeEntries, statusSummary, type ListEntry } from '../../lib/export/list-table';
import { entryControls } from './controls';
import { MY, entries, onChange, otherLists, setEntries, storageAvailable, update } from './store';
import { toolbar } from './toolbar';
import { el } from './dom';

const root = document.querySelector<HTMLElement>('[data-my-app]');


function entryView(e: ListEntry, refresh: () => void): HTMLElement {
	const head = el('p', { className: 'entry-head' }, el('span', { className: 'tag' }, ITEM_KIND_LABEL[e.kind] ?? e.kind), ' ');
	if (e.modality) head.append(el('span', { className: 'modality' }, e.modality), ' ');
	head.append(el('a', { href: e.url }, e.text));
	if (e.scope) head.append(' ', el('span', { className: 'muted' }, `（${e.scope}）`));
	const li = el('li', { className: `my-entry${e.status === 'done' ? ' is-done' : ''}` }, head);
	if (e.quote) li.append(el('p', { className: 'quote' }, e.quote));
	li.append(el('p', { className: 'source' }, e.cite));
	li.append(
		entryControls(e, (change) => {
			update(MY, e, change);
			if (change.status) li.classList.toggle('is-done', change.status === 'done');
			summary.textContent = statusSummary(entries(MY));
		}),
	);
	const remove = el('button', { type: 'button', className: 'entry-remove', textContent: '移出清单' });
	remove.setAttribute('aria-label', `移出清单：${e.text}`);
	remove.addEventListener('click', () => {
		setEntries(MY, entries(MY).filter((x) => x.key !== e.key));
		tools.say(`已移出：${e.text}`);
		refresh();
	});
	li.append(remove);
	return li;
}

const summary = el('p', { className: 'list-summary' });
const listArea = el('div', { className: 'my-groups' });
const others = el('div');
const tools = toolbar({
	title: '我的清单',
	filename: '我的清单',
	entries: () => entries(MY),
	onImport: (parsed) => {
		const r = mergeEntries(entries(MY), parsed.entries);
		if (!setEntries(MY, r.entries)) return '浏览器未能保存（存储已满或被禁用）。';
		render();
		return `已导入 ${parsed.entries.length} 项：新增 ${r.added} 项，更新 ${r.updated} 项${parsed.skipped.length ? `；第 ${parsed.skipped.join('、')} 行没有有效编号，未导入` : ''}。`;
	},
});

function render(): void {
	const list = entries(MY);
	summary.textContent = statusSummary(list);
	listArea.replaceChildren(
		...(list.length
			? groupEntries(list).map((g) => el('section', { className: 'my-group' }, el('h2', {}, `${g.number} ${g.title}`), el('ul', { className: 'my-entries' }, ...g.entries.map((e) => entryView(e, render)))))
			: [el('p', { className: 'muted' }, '清单还是空的。在条款页、单位和对象页、量化目标和期限页，点“加入我的清单”即可加入。')]),
	);
	const checks = otherLists();
	others.replaceChildren(
		...(checks.length
			? [el('h2', {}, '进行中的自查'), el('ul', {}, ...checks.map((c) => el('li', {}, el('a', { href: c.url }, c.title), `：${statusSummary(c.entries)}`)))]
			: []),
	);
}

if (root) {
	if (!storageAvailable()) {
		root.replaceChildren(el('p', { className: 'flag' }, '此浏览器不允许网站在本机保存数据（可能处于隐私模式或禁用了存储），我的清单无法使用。'));
	} else {
		const clear = el('button', { type: 'button', className: 'entry-remove', textContent: '清空清单' });
		clear.addEventListener('click', () => {
			if (!entries(MY).length || !confirm('清空我的清单？此操作不能撤销（可先导出备份）。')) return;
			setEntries(MY, []);
			tools.say('清单已清空。');
			render();
		});
		root.replaceChildren(tools.element, summary, listArea, el('p', {}, clear), others);
		render();
		onChange(render);
	}
}
