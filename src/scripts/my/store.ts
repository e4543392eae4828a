/**
 * The reader's lists, kept in this browser's localStorage and nowhere else: 我的清单 (`my`) and one list per
 * self-check (`apply/<id>`, `self-check/<role>`). Small and dependency-free: the clause pages load it at once.
 */
import type { ListEntry, Status } from '../../lib/export/list-table';
import type { ListItem } from '../../lib/views/list-items';

const STORAGE_KEY = 'xiangce.lists.v1';
export const MY = 'my';

interface Stored {
	v: 1;
	lists: Record<string, ListEntry[]>;
	/** Title and page of each list other than 我的清单, so /my/ can point back to a self-check. */
	meta?: Record<string, { title: string; url: string }>;
}

function read(): Stored {
	try {
		const raw = localStorage.getItem(STORAGE_KEY);
		const parsed = raw ? (JSON.parse(raw) as Stored) : undefined;
		if (parsed && parsed.v === 1 && parsed.lists && typeof parsed.lists === 'object') return parsed;
	} catch {
		// unreadable or blocked storage: start empty rather than break the page
	}
	return { v: 1, lists: {} };
}

function write(s: Stored): boolean {
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(s));
		return true;
	} catch {
		return false;
	}
}

/** Whether this browser lets the site keep a list (private modes may refuse). */
export function storageAvailable(): boolean {
	try {
		localStorage.setItem(`${STORAGE_KEY}.probe`, '1');
		localStorage.removeItem(`${STORAGE_KEY}.probe`);
		return true;
	} catch {
		return false;
	}
}

export const entries = (list: string): ListEntry[] => read().lists[list] ?? [];

export function setEntries(list: string, next: ListEntry[]): boolean {
	const s = read();
	s.lists[list] = next;
	return write(s);
}

const today = () => {
	const d = new Date();
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export const newEntry = (item: ListItem, status: Status = 'todo'): ListEntry => ({ ...item, status, note: '', evidence: '', added: today() });

export const has = (list: string, key: string) => entries(list).some((e) => e.key === key);

export function add(list: string, item: ListItem): boolean {
	const current = entries(list);
	return current.some((e) => e.key === item.key) || setEntries(list, [...current, newEntry(item)]);
}

export const remove = (list: string, key: string) => setEntries(list, entries(list).filter((e) => e.key !== key));

/** Change what the reader recorded about an entry; adds it (from `item`) when the list does not hold it yet. */
export function update(list: string, item: ListItem, change: Partial<Pick<ListEntry, 'status' | 'note' | 'evidence'>>): boolean {
	const current = entries(list);
	const i = current.findIndex((e) => e.key === item.key);
	const next = [...current];
	if (i < 0) next.push({ ...newEntry(item), ...change });
	else next[i] = { ...current[i]!, ...change };
	return setEntries(list, next);
}

/** Every list other than 我的清单 that holds entries, with its title and page: the self-checks under way. */
export function otherLists(): { id: string; title: string; url: string; entries: ListEntry[] }[] {
	const s = read();
	return Object.entries(s.lists)
		.filter(([id, list]) => id !== MY && list.length > 0 && s.meta?.[id])
		.map(([id, list]) => ({ id, ...s.meta![id]!, entries: list }));
}

/** Record a list's title and page (a self-check does so when it opens). */
export function setMeta(list: string, title: string, url: string): void {
	const s = read();
	if (s.meta?.[list]?.title === title && s.meta[list]!.url === url) return;
	s.meta = { ...s.meta, [list]: { title, url } };
	write(s);
}

/** Call `fn` when another tab changes the lists. */
export function onChange(fn: () => void): void {
	addEventListener('storage', (e) => {
		if (e.key === STORAGE_KEY) fn();
	});
}
