/**
 * The search page (/search/?q=…&filters): reads the search from the URL, searches as the person types or picks
 * filters, and keeps the URL in step (replaceState), so any search can be shared or bookmarked.
 */
import { loadEngine, runSearch, type SearchOutcome } from './engine';
import { FAILED_TEXT, LOADING_TEXT, renderAnswer, renderHits, renderNotices, statusText } from './results-view';
import { FILTER_KEYS } from '../../lib/search/facets';
import { hasFilters, readState, searchUrl, type SearchState } from '../../lib/search/url-state';

const PAGE = 20;
const DEBOUNCE_MS = 120;

export function startSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-page]');
	const section = document.querySelector<HTMLElement>('.search-results');
	if (!form || !section) return;
	const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
	const status = section.querySelector<HTMLElement>('.search-status')!;
	const notices = section.querySelector<HTMLElement>('.search-notices')!;
	const list = section.querySelector<HTMLElement>('[data-search-results]')!;
	const moreButton = section.querySelector<HTMLButtonElement>('.search-more')!;
	const control = (key: string) => form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;

	const readForm = (): SearchState => {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
		return readState(params);
	};
	const fillForm = (state: SearchState) => {
		input.value = state.q;
		for (const key of FILTER_KEYS) {
			const el = control(key);
			if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = state.filters[key] === el.value;
			else if (el) el.value = state.filters[key] ?? '';
		}
	};

	let latest = 0;
	let outcome: SearchOutcome | undefined;
	let shown = 0;

	const search = async () => {
		const state = readForm();
		const ticket = ++latest;
		history.replaceState(null, '', searchUrl(state));
		list.dataset.state = 'busy';
		if (!state.q && !hasFilters(state)) {
			section.hidden = true;
			list.replaceChildren();
			moreButton.hidden = true;
			return;
		}
		section.hidden = false;
		const show = (result: SearchOutcome) => {
			if (ticket !== latest) return;
			outcome = result;
			shown = result.hits.length;
			renderHits(list, result.hits);
			renderAnswer(list, result);
			renderNotices(notices, result, state.q, (suggested) => {
				input.value = suggested;
				void search();
			});
			status.textContent = statusText(state.q, result.total, hasFilters(state), result.stage);
			moreButton.hidden = result.stage !== 'final' || shown >= result.total;
			list.dataset.q = state.q;
			// `first`: listed before the texts arrived, re-ranked in place when they do.
			list.dataset.state = result.stage === 'final' ? 'done' : 'first';
		};
		try {
			await runSearch(state, PAGE, show);
		} catch {
			if (ticket === latest) status.textContent = FAILED_TEXT;
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		void loadEngine().then((e) => e.preload(input.value)).catch(() => undefined);
		clearTimeout(timer);
		timer = setTimeout(search, DEBOUNCE_MS);
	});
	form.addEventListener('change', (e) => {
		if (e.target !== input) void search();
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		void search();
	});
	moreButton.addEventListener('click', async () => {
		if (!outcome) return;
		const first = list.children.length;
		const hits = await outcome.more(PAGE);
		renderHits(list, hits, { append: true });
		shown += hits.length;
		moreButton.hidden = shown >= outcome.total;
		// Keyboard users continue from the first new result.
		list.children[first]?.querySelector('a')?.focus();
	});

	fillForm(readState(new URLSearchParams(location.search)));
	status.textContent = LOADING_TEXT;
	void search();
	loadEngine()
		.then((engine) => {
			if (!input.value.trim()) void engine.warmUp();
		})
		.catch(() => {
			section.hidden = false;
			status.textContent = FAILED_TEXT;
		});
}
