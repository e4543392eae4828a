/**
 * The controls of one list entry — a tick (已完成), the status, a note and an evidence link — shared by /my/ and
 * the self-checks. Every control is labelled with the item, since a page holds dozens of them.
 */
import { el } from './dom';
import { STATUSES, STATUS_LABEL, type ListEntry, type Status } from '../../lib/export/list-table';

export type Change = Partial<Pick<ListEntry, 'status' | 'note' | 'evidence'>>;


export function entryControls(entry: Pick<ListEntry, 'text' | 'status' | 'note' | 'evidence'>, onChange: (c: Change) => void): HTMLElement {
	const tick = el('input', { type: 'checkbox', checked: entry.status === 'done' });
	tick.setAttribute('aria-label', `已完成：${entry.text}`);
	const select = el('select');
	select.setAttribute('aria-label', `状态：${entry.text}`);
	for (const s of STATUSES) select.append(el('option', { value: s, textContent: STATUS_LABEL[s], selected: s === entry.status }));
	const printed = el('span', { className: 'entry-status-print', textContent: `状态：${STATUS_LABEL[entry.status]}` });
	const setStatus = (status: Status) => {
		tick.checked = status === 'done';
		select.value = status;
		printed.textContent = `状态：${STATUS_LABEL[status]}`;
		onChange({ status });
	};
	tick.addEventListener('change', () => setStatus(tick.checked ? 'done' : 'todo'));
	select.addEventListener('change', () => setStatus(select.value as Status));

	const note = el('textarea', { rows: 2, value: entry.note });
	note.setAttribute('aria-label', `备注：${entry.text}`);
	note.addEventListener('change', () => onChange({ note: note.value }));
	const evidence = el('input', { type: 'url', value: entry.evidence, placeholder: 'https://…' });
	evidence.setAttribute('aria-label', `佐证链接：${entry.text}`);
	evidence.addEventListener('change', () => onChange({ evidence: evidence.value.trim() }));
	const details = el('details', { open: Boolean(entry.note || entry.evidence) }, el('summary', { textContent: '备注与佐证' }), el('label', {}, '备注', note), el('label', {}, '佐证链接', evidence));
	const recorded = el('span', { className: 'entry-status-print' }, [entry.note && `备注：${entry.note}`, entry.evidence && `佐证：${entry.evidence}`].filter(Boolean).join('；'));
	return el('div', { className: 'entry-controls' }, el('label', { className: 'entry-tick' }, tick, '已完成'), el('label', {}, '状态', select), details, printed, recorded);
}
