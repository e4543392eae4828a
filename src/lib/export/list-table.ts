import type { ItemKind, ListItem } from '../views/list-items';

/**
 * 我的清单 and the self-checks as a table: what the browser exports (.xlsx, .csv) and reads back on import, so a
 * list moves between colleagues. Pure and free of Node and DOM, for the browser and the tests alike.
 */

export const STATUSES = ['todo', 'doing', 'done', 'na'] as const;
export type Status = (typeof STATUSES)[number];
export const STATUS_LABEL: Record<Status, string> = { todo: '未开始', doing: '进行中', done: '已完成', na: '不适用' };

/** An item on a list, with what the reader has recorded about it. */
export interface ListEntry extends ListItem {
	status: Status;
	note: string;
	/** A link to the evidence (a document on the intranet, a folder). */
	evidence: string;
	/** When it was added (ISO date). */
	added: string;
}

export const LIST_COLUMNS = ['序号', '发文字号', '文件', '依据条款', '类型', '事项', '原文', '约束程度', '适用范围', '状态', '备注', '佐证链接', '条款链接', '加入日期', '编号'] as const;
type Column = (typeof LIST_COLUMNS)[number];
export const LIST_WIDTHS: Record<Column, number> = { 序号: 5, 发文字号: 18, 文件: 22, 依据条款: 30, 类型: 10, 事项: 30, 原文: 36, 约束程度: 8, 适用范围: 14, 状态: 9, 备注: 24, 佐证链接: 24, 条款链接: 30, 加入日期: 11, 编号: 30 };

const KIND_BY_LABEL: Record<string, ItemKind> = { 条款: 'clause', 义务与措施: 'obligation', 量化目标: 'target', 期限: 'deadline' };
const KIND_LABEL: Record<ItemKind, string> = { clause: '条款', obligation: '义务与措施', target: '量化目标', deadline: '期限' };
const STATUS_BY_LABEL = Object.fromEntries(STATUSES.map((s) => [STATUS_LABEL[s], s])) as Record<string, Status>;

/** Entries grouped by document, in the order their documents were first added. */
export function groupEntries(entries: ListEntry[]): { doc: string; number: string; title: string; entries: ListEntry[] }[] {
	const groups = new Map<string, { doc: string; number: string; title: string; entries: ListEntry[] }>();
	for (const e of entries) {
		const g = groups.get(e.doc) ?? { doc: e.doc, number: e.number, title: e.title, entries: [] };
		g.entries.push(e);
		groups.set(e.doc, g);
	}
	return [...groups.values()];
}

/** `共 5 项：未开始 2、已完成 3`. */
export function statusSummary(entries: Pick<ListEntry, 'status'>[]): string {
	const parts = STATUSES.map((s) => [STATUS_LABEL[s], entries.filter((e) => e.status === s).length] as const).filter(([, n]) => n > 0);
	return `共 ${entries.length} 项${parts.length ? `：${parts.map(([l, n]) => `${l} ${n}`).join('、')}` : ''}`;
}

/** The rows of the exported table (header first), grouped by document; `site` makes the permalinks absolute. */
export function entriesToRows(entries: ListEntry[], site: string): string[][] {
	const ordered = groupEntries(entries).flatMap((g) => g.entries);
	return [
		[...LIST_COLUMNS],
		...ordered.map((e, i) => [String(i + 1), e.number, e.title, e.cite, KIND_LABEL[e.kind], e.text, e.quote ?? '', e.modality ?? '', e.scope ?? '', STATUS_LABEL[e.status], e.note, e.evidence, new URL(e.url, site).href, e.added, e.key]),
	];
}

/** `<doc>/<clause>` and the fact suffix, from a key; undefined when it is not one. */
export function parseKey(key: string): { doc: string; clause: string } | undefined {
	const m = key.match(/^([a-z0-9-]+)\/([a-z0-9-]+)(?:#[otd]\d+)?$/);
	return m ? { doc: m[1]!, clause: m[2]! } : undefined;
}

export interface ParsedList {
	entries: ListEntry[];
	/** Data rows that could not be read (no valid 编号), by row number in the file (1-based). */
	skipped: number[];
}

/**
 * Read an exported table back: finds the header row (the one with 编号), maps columns by name so a colleague may
 * reorder or add columns, and keeps the rows whose 编号 is a valid key. Unknown status reads as 未开始.
 */
export function rowsToEntries(rows: string[][]): ParsedList | undefined {
	const h = rows.findIndex((r) => r.includes('编号') && r.includes('状态'));
	if (h < 0) return undefined;
	const col = Object.fromEntries(rows[h]!.map((name, i) => [name.trim(), i]));
	const get = (r: string[], c: Column) => (col[c] === undefined ? '' : (r[col[c]!] ?? '').trim());
	const entries: ListEntry[] = [];
	const skipped: number[] = [];
	rows.slice(h + 1).forEach((r, i) => {
		if (r.every((cell) => !cell || !cell.trim())) return;
		const key = get(r, '编号');
		const at = parseKey(key);
		if (!at) return void skipped.push(h + 2 + i);
		const kind = KIND_BY_LABEL[get(r, '类型')] ?? (key.includes('#o') ? 'obligation' : key.includes('#t') ? 'target' : key.includes('#d') ? 'deadline' : 'clause');
		const link = get(r, '条款链接');
		let url = `/policies/${at.doc}/${at.clause}/`;
		try {
			if (link) url = new URL(link).pathname;
		} catch {
			// not a URL: keep the path made from the key
		}
		const optional = (c: Column) => {
			const v = get(r, c);
			return v ? v : undefined;
		};
		entries.push({
			key,
			kind,
			doc: at.doc,
			number: get(r, '发文字号') || at.doc,
			title: get(r, '文件'),
			cite: get(r, '依据条款'),
			url,
			text: get(r, '事项') || key,
			...(optional('原文') ? { quote: optional('原文') } : {}),
			...(optional('约束程度') ? { modality: optional('约束程度') } : {}),
			...(optional('适用范围') ? { scope: optional('适用范围') } : {}),
			status: STATUS_BY_LABEL[get(r, '状态')] ?? 'todo',
			note: get(r, '备注'),
			evidence: get(r, '佐证链接'),
			added: get(r, '加入日期'),
		});
	});
	return { entries, skipped };
}

/** Merge imported entries into a list: an imported entry replaces the one with its key, new ones are appended. */
export function mergeEntries(current: ListEntry[], imported: ListEntry[]): { entries: ListEntry[]; added: number; updated: number } {
	const byKey = new Map(imported.map((e) => [e.key, e]));
	let updated = 0;
	const entries = current.map((e) => {
		const next = byKey.get(e.key);
		if (!next) return e;
		byKey.delete(e.key);
		updated++;
		return next;
	});
	return { entries: [...entries, ...byKey.values()], added: byKey.size, updated };
}
