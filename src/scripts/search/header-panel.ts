/**
 * Live results under the header search box. Loaded when the box is first focused. Keyboard: ↓ from the box moves
 * into the results, ↑/↓ move between them, Esc closes the panel and returns to the box; Enter in the box opens
 * the search page with all results and the filters.
 */
import { loadEngine, runSearch, type SearchOutcome } from './engine';
import { FAILED_TEXT, LOADING_TEXT, renderAnswer, renderHits, renderNotices, statusText } from './results-view';
import { searchUrl } from '../../lib/search/url-state';

const SHOWN = 6;
const DEBOUNCE_MS = 60;

export function attachPanel(form: HTMLFormElement, input: HTMLInputElement): void {
	const panel = form.querySelector<HTMLElement>('.site-search-panel')!;
	const status = panel.querySelector<HTMLElement>('.search-status')!;
	const notices = panel.querySelector<HTMLElement>('.search-notices')!;
	const list = panel.querySelector<HTMLElement>('.search-hits')!;
	const all = panel.querySelector<HTMLAnchorElement>('.site-search-all a')!;
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

	const close = () => {
		panel.hidden = true;
	};
	/** Esc closes the panel until the query changes; focusing the box again does not reopen it. */
	let dismissed = false;
	let latest = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const update = async () => {
		const q = input.value.trim();
		const ticket = ++latest;
		panel.dataset.state = 'busy';
		if (!q) {
			close();
			return;
		}
		panel.hidden = false;
		all.href = searchUrl({ q, filters: {} });
		const show = (outcome: SearchOutcome) => {
			if (ticket !== latest) return;
			renderHits(list, outcome.hits);
			renderAnswer(list, outcome);
			renderNotices(notices, outcome, q, (suggested) => {
				input.value = suggested;
				void update();
			});
			status.textContent = statusText(q, outcome.total, false, outcome.stage);
			all.textContent = outcome.stage === 'final' && outcome.total > SHOWN ? `查看全部 ${outcome.total} 条结果与筛选` : '在搜索页筛选结果';
			panel.dataset.q = q;
			// `first`: listed before the texts arrived, re-ranked in place when they do.
			panel.dataset.state = outcome.stage === 'final' ? 'done' : 'first';
		};
		try {
			await runSearch({ q, filters: {} }, SHOWN, show);
		} catch {
			if (ticket === latest) status.textContent = FAILED_TEXT;
		}
	};

	input.addEventListener('input', () => {
		dismissed = false;
		if (!input.value.trim()) {
			latest++;
			close();
			return;
		}
		void loadEngine().then((e) => e.preload(input.value)).catch(() => undefined);
		clearTimeout(timer);
		timer = setTimeout(update, DEBOUNCE_MS);
	});

	form.addEventListener('keydown', (e) => {
		const items = links();
		const at = items.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'Escape') {
			if (panel.hidden) return;
			dismissed = true;
			close();
			input.focus();
		} else if (e.key === 'ArrowDown' && !panel.hidden && items.length) {
			items[Math.min(at + 1, items.length - 1)]!.focus();
		} else if (e.key === 'ArrowUp' && at >= 0) {
			(at === 0 ? input : items[at - 1]!).focus();
		} else return;
		e.preventDefault();
	});

	// Leaving the form (Tab past the results, a click elsewhere) closes the panel.
	form.addEventListener('focusout', (e) => {
		if (!form.contains(e.relatedTarget as Node | null)) close();
	});
	input.addEventListener('focus', () => {
		if (!dismissed && input.value.trim() && panel.dataset.q === input.value.trim()) panel.hidden = false;
	});

	status.textContent = LOADING_TEXT;
	loadEngine()
		.then((engine) => {
			if (status.textContent === LOADING_TEXT) status.textContent = '';
			if (!input.value.trim()) void engine.warmUp();
		})
		.catch(() => (status.textContent = FAILED_TEXT));
	// Text typed before this module arrived.
	if (input.value.trim()) void update();
}
