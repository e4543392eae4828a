/**
 * Progressive enhancement of server-rendered tables: sort buttons in headers marked `data-sort-type`, and a
 * filter form (`form[data-table-filter=<table id>]`, hidden until this runs). The filter state is kept in the
 * query string so a filtered view can be linked. Without JavaScript the full table is there, in document order.
 */
import { nextDirection, rowMatches, shownText, sortOrder, type SortType } from '../lib/views/table-sort';

function enhanceSorting(table: HTMLTableElement): void {
	const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
	headers.forEach((th, col) => {
		const type = th.dataset.sortType as SortType | undefined;
		if (!type) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'sort-button';
		button.append(...th.childNodes);
		th.append(button);
		button.addEventListener('click', () => {
			const direction = nextDirection(th.getAttribute('aria-sort'));
			for (const h of headers) h.removeAttribute('aria-sort');
			th.setAttribute('aria-sort', direction);
			const body = table.tBodies[0]!;
			const rows = [...body.rows];
			const values = rows.map((r) => r.cells[col]?.dataset.sortValue ?? r.cells[col]?.textContent?.trim() ?? '');
			body.append(...sortOrder(values, type, direction).map((i) => rows[i]!));
		});
	});
}

function enhanceFilter(form: HTMLFormElement): void {
	const table = document.getElementById(form.dataset.tableFilter ?? '');
	if (!(table instanceof HTMLTableElement)) return;
	const rows = [...(table.tBodies[0]?.rows ?? [])];
	const status = form.querySelector('[data-table-status]');
	const fields = [...form.elements].filter((el): el is HTMLInputElement | HTMLSelectElement => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && Boolean(el.name));
	const apply = () => {
		const filter = Object.fromEntries(fields.map((f) => [f.name, f.value.trim()]));
		let shown = 0;
		for (const row of rows) {
			row.hidden = !rowMatches({ text: row.textContent ?? '', attrs: { ...row.dataset } }, filter);
			if (!row.hidden) shown++;
		}
		if (status) status.textContent = shownText(shown, rows.length);
		const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
		history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
	};
	const params = new URLSearchParams(location.search);
	for (const f of fields) if (params.has(f.name)) f.value = params.get(f.name)!;
	form.addEventListener('input', apply);
	form.addEventListener('change', apply);
	form.addEventListener('submit', (e) => (e.preventDefault(), apply()));
	// `reset` fires before the fields are cleared.
	form.addEventListener('reset', () => setTimeout(apply));
	form.hidden = false;
	apply();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhanceSorting(table);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-filter]')) enhanceFilter(form);
