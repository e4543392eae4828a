import type { ClauseData } from '../schema/clause';
import type { PrintedRole } from '../schema/document';
import { parseNumbering, type NumberingStyle } from './numbering';
import type { Paragraph } from './paragraphs';

export type ClauseKind = ClauseData['kind'];

export interface ClauseSkeleton {
	id: string;
	label: string;
	title?: string;
	parent?: string;
	kind: ClauseKind;
	order: number;
	/** Paragraphs of verbatim text (without the label). */
	body: string[];
	/** Source line of each body paragraph. */
	lines: number[];
	/** Source line of the clause's first paragraph. */
	line: number;
	/** Numbering style of the own marker, for label qualification. */
	style?: NumberingStyle;
	/** The table header a table-row clause repeats above its row. */
	header?: string;
}

/** A line of the body that is document metadata, not clause text (公开方式, 联系单位, 附件 list, enclosed title). */
export interface PrintedDraft {
	role: PrintedRole;
	text: string;
	line: number;
}

export interface Unplaced {
	paragraph: string;
	reason: string;
	line: number;
}

export interface Structured {
	/** Paragraphs before the body (letterhead, number, title, addressees): document metadata. */
	front: Paragraph[];
	/** Metadata lines found inside the body, in order. */
	printed: PrintedDraft[];
	/** Attachments named by the 附件 list. */
	listed: { n: number; title: string; line: number }[];
	clauses: ClauseSkeleton[];
	/** Paragraphs the structurer could not place, with the reason. */
	unplaced: Unplaced[];
}

/** 附件 / 附件 1 / 附件2： / 附件 1：教育部支持政策清单 — the first line of an attachment's own text. */
const ATTACHMENT_START = /^附件\s*([0-9０-９]*)\s*([：:]?)\s*(.*)$/;
/** 附件：1．湖南省现代产业体系布局表 — the list of attachments at the end of the notice. */
const ATTACHMENT_LIST = /^附件\s*[：:]\s*(?:([0-9０-９]+)\s*[．.、]\s*)?(.+)$/;
const DATE_LINE = /^(?:[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)$/;
const DISCLOSURE = /^[（(]\s*此件\S*公开\s*[）)]$/;
const CONTACT = /^[（(]\s*联系(?:单位|人|电话|方式)[^）)]*[）)]$/;
const LIST_ITEM = /^([0-9０-９]+)\s*[．.、]\s*(.+)$/;

/** Lead sentence of a paragraph, for a title: up to the first 。 if short, or the whole heading. */
export function leadSentence(rest: string): string | undefined {
	const m = rest.match(/^([^。；]{1,40})[。；]/);
	if (m) return m[1];
	if (rest.length <= 40 && !/[，,]/.test(rest)) return rest;
	return undefined;
}

/** A short line with no sentence punctuation: a title, a heading, an issuer's name. */
const isTitleLine = (p: string, max = 60) => p.length <= max && !/[。，,；;！？]/.test(p) && !p.includes('\t');

const fullWidthToAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * Group paragraphs into clauses by their numbering. The first style met is the top level; a style not on
 * the stack opens a child level; a style on the stack closes the levels below it (a sibling).
 * `bodyStart` is the index of the first body paragraph (after the addressee line).
 * Around the numbered text it recognises the parts of a notice: the signature (issuer and date), 公开方式 and
 * contact lines, the title of an enclosed 方案/措施 and its opening paragraph, the 附件 list, attachments, and
 * annex tables numbered by a 序号 column (one clause per row).
 */
export function structure(paragraphs: Paragraph[], bodyStart: number): Structured {
	const front = paragraphs.slice(0, bodyStart);
	const clauses: ClauseSkeleton[] = [];
	const printed: PrintedDraft[] = [];
	const listed: Structured['listed'] = [];
	const unplaced: Unplaced[] = [];
	let stack: { style: NumberingStyle; n: number; id: string }[] = [];
	let current: ClauseSkeleton | undefined;
	let attachment = 0;
	let order = 0;
	let signed = false;
	let inList = false;
	let headingDue = false;
	let introOpen = false;
	let table: { header: string; numbered: boolean } | undefined;
	const pGroups = new Map<string, number>();
	const seen = new Set<string>();
	const enclosedTitles = new Set<string>();
	for (const p of front) for (const m of p.text.matchAll(/《([^《》]+)》/g)) enclosedTitles.add(m[1]!.replace(/\s+/g, ''));

	const push = (c: Omit<ClauseSkeleton, 'order'>) => {
		let id = c.id;
		for (let k = 2; seen.has(id); k++) id = `${c.id}-dup${k}`;
		if (id !== c.id) unplaced.push({ paragraph: c.body[0] ?? c.label, reason: `duplicate clause id ${c.id}; written as ${id}`, line: c.line });
		seen.add(id);
		current = { ...c, id, order: order++ };
		clauses.push(current);
	};
	const append = (p: Paragraph) => {
		current!.body.push(p.text);
		current!.lines.push(p.line);
	};

	for (const para of paragraphs.slice(bodyStart)) {
		const p = para.text;
		const line = para.line;

		if (inList) {
			const item = p.match(LIST_ITEM);
			if (item && isTitleLine(item[2]!)) {
				listed.push({ n: Number(fullWidthToAscii(item[1]!)), title: item[2]!.trim(), line });
				printed.push({ role: 'attachments', text: p, line });
				continue;
			}
			inList = false;
		}
		const list = attachment === 0 ? p.match(ATTACHMENT_LIST) : null;
		if (list && isTitleLine(list[2]!)) {
			listed.push({ n: list[1] ? Number(fullWidthToAscii(list[1])) : 1, title: list[2]!.trim(), line });
			printed.push({ role: 'attachments', text: p, line });
			inList = true;
			continue;
		}
		if (DISCLOSURE.test(p) && attachment === 0) {
			printed.push({ role: 'disclosure', text: p, line });
			headingDue = true;
			continue;
		}
		if (CONTACT.test(p) && attachment === 0) {
			printed.push({ role: 'contact', text: p, line });
			headingDue = true;
			continue;
		}
		const att = p.match(ATTACHMENT_START);
		if (att && (att[3] === '' || isTitleLine(att[3]!, 40))) {
			attachment = att[1] ? Number(fullWidthToAscii(att[1])) : attachment + 1;
			stack = [];
			table = undefined;
			const title = att[3] || undefined;
			const label = title ? p.slice(0, p.length - title.length).trim() : p;
			push({ id: `att${attachment}`, label, title, kind: 'attachment', body: title ? [title] : [], lines: title ? [line] : [], line });
			continue;
		}
		if (DATE_LINE.test(p) && current && !signed && attachment === 0) {
			// The issuer's name printed above the date belongs to the signature, not to the clause before it.
			const body: string[] = [];
			const lines: number[] = [];
			const last = current.body.at(-1);
			if (last !== undefined && current.body.length > 1 && isTitleLine(last, 40) && !parseNumbering(last)) {
				body.push(current.body.pop()!);
				lines.push(current.lines.pop()!);
			}
			push({ id: 'sign', label: '', kind: 'signature', body: [...body, p], lines: [...lines, line], line: lines[0] ?? line });
			signed = true;
			headingDue = true;
			continue;
		}
		if (attachment === 0 && (headingDue || enclosedTitles.has(p.replace(/\s+/g, ''))) && isTitleLine(p) && !parseNumbering(p)) {
			// The title of the 方案/措施 the notice encloses: its numbering starts afresh below it.
			printed.push({ role: 'heading', text: p, line });
			stack = [];
			headingDue = false;
			introOpen = true;
			continue;
		}
		headingDue = false;

		if (attachment > 0 && p.includes('\t')) {
			const cells = p.split('\t').map((c) => c.trim());
			if (!table) {
				table = { header: p, numbered: /^(?:序号|编号)$/.test(cells[0]!) };
				append(para);
				continue;
			}
			const n = cells[0]!.match(/^([0-9０-９]+)$/);
			if (table.numbered && n) {
				const id = `att${attachment}-${fullWidthToAscii(n[1]!)}`;
				push({ id, label: n[1]!, parent: `att${attachment}`, kind: 'table-row', body: [table.header, p], lines: [line, line], line, header: table.header });
				continue;
			}
			append(para);
			continue;
		}

		const n = attachment ? null : parseNumbering(p);
		if (n) {
			introOpen = false;
			const at = stack.findIndex((s) => s.style === n.style);
			if (at >= 0) stack = stack.slice(0, at);
			const parent = stack[stack.length - 1];
			const id = [parent?.id, ...n.path].filter((x) => x !== undefined).join('-');
			stack.push({ style: n.style, n: n.path[0]!, id });
			const title = leadSentence(n.rest);
			push({ id, label: n.label, title, parent: parent?.id, kind: n.rest.length <= 40 && !/。/.test(n.rest) ? 'section' : 'task', body: [n.rest], lines: [line], style: n.style, line });
			continue;
		}
		if (!current || (introOpen && current.id !== 'intro')) {
			const id = current ? 'intro' : 'preamble';
			push({ id, label: '', kind: 'preamble', body: [p], lines: [line], line });
			introOpen = false;
			continue;
		}
		if (current.kind === 'attachment' && !current.title && current.body.length === 0 && isTitleLine(p, 40)) current.title = p;
		// After a list of numbered items, a paragraph that sets a date or asks (请…) is its own clause under the
		// list's parent (`3-p1`), not more text of the last item.
		const top = stack[stack.length - 1];
		if (top && attachment === 0 && current.id === top.id && /^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|请)/.test(p)) {
			const parent = stack[stack.length - 2]?.id;
			const base = parent ?? 'body';
			const k = (pGroups.get(base) ?? 0) + 1;
			pGroups.set(base, k);
			stack = stack.slice(0, -1);
			push({ id: parent ? `${parent}-p${k}` : `body-p${k}`, label: '', parent, kind: 'procedure', body: [p], lines: [line], line });
			stack.push({ style: top.style, n: -1, id: parent ? `${parent}-p${k}` : `body-p${k}` });
			continue;
		}
		append(para);
	}
	qualifyLabels(clauses);
	return { front, printed, listed, clauses, unplaced };
}

/**
 * A style whose markers repeat in the document (（一） under both 一、 and 二、) restarts under each parent, so its
 * clauses are labelled with the whole path of markers (`二、（一）3．`); a style numbered through (82号's 1、…29、)
 * keeps its own marker (`15、`).
 */
function qualifyLabels(clauses: ClauseSkeleton[]): void {
	const seen = new Map<NumberingStyle, Set<string>>();
	const restarts = new Set<NumberingStyle>();
	for (const c of clauses) {
		if (!c.style) continue;
		const markers = seen.get(c.style) ?? new Set<string>();
		if (markers.has(c.label)) restarts.add(c.style);
		markers.add(c.label);
		seen.set(c.style, markers);
	}
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const own = new Map(clauses.map((c) => [c.id, c.label]));
	const path = (c: ClauseSkeleton): string => {
		const parent = c.parent ? byId.get(c.parent) : undefined;
		return `${parent && parent.kind !== 'attachment' ? path(parent) : ''}${own.get(c.id)}`;
	};
	for (const c of clauses) if (c.style && restarts.has(c.style) && c.parent) c.label = path(c);
}
