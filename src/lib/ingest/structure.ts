import { parseNumbering, type NumberingStyle } from './numbering';

export interface ClauseSkeleton {
	id: string;
	label: string;
	title?: string;
	parent?: string;
	kind: 'preamble' | 'section' | 'task' | 'attachment' | 'signature' | 'note';
	order: number;
	/** Paragraphs of verbatim text (without the label). */
	body: string[];
	/** Numbering style of the own marker, for label qualification. */
	style?: NumberingStyle;
}

export interface Structured {
	/** Paragraphs before the body (letterhead, number, title, addressees): document metadata. */
	front: string[];
	clauses: ClauseSkeleton[];
	/** Paragraphs the structurer could not place, with the reason. */
	unplaced: { paragraph: string; reason: string }[];
}

const ATTACHMENT_START = /^附件\s*(\d*)\s*$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/** Lead sentence of a paragraph, for a title: up to the first 。 if short, or the whole heading. */
export function leadSentence(rest: string): string | undefined {
	const m = rest.match(/^([^。；]{1,40})[。；]/);
	if (m) return m[1];
	if (rest.length <= 40 && !/[，,]/.test(rest)) return rest;
	return undefined;
}

/**
 * Group paragraphs into clauses by their numbering. The first style met is the top level; a style not on
 * the stack opens a child level; a style on the stack closes the levels below it (a sibling).
 * `bodyStart` is the index of the first body paragraph (after the addressee line).
 */
export function structure(paragraphs: string[], bodyStart: number): Structured {
	const front = paragraphs.slice(0, bodyStart);
	const clauses: ClauseSkeleton[] = [];
	const unplaced: Structured['unplaced'] = [];
	let stack: { style: NumberingStyle; n: number; id: string }[] = [];
	let current: ClauseSkeleton | undefined;
	let attachment = 0;
	let order = 0;
	const seen = new Set<string>();
	const push = (c: Omit<ClauseSkeleton, 'order'>) => {
		let id = c.id;
		for (let k = 2; seen.has(id); k++) id = `${c.id}-dup${k}`;
		if (id !== c.id) unplaced.push({ paragraph: c.body[0] ?? '', reason: `duplicate clause id ${c.id}; written as ${id}` });
		seen.add(id);
		current = { ...c, id, order: order++ };
		clauses.push(current);
	};

	for (const p of paragraphs.slice(bodyStart)) {
		const att = p.match(ATTACHMENT_START);
		if (att) {
			attachment = att[1] ? Number(att[1]) : attachment + 1;
			stack = [{ style: 'cn-dun', n: attachment, id: `att${attachment}` }];
			push({ id: `att${attachment}`, label: p, kind: 'attachment', body: [] });
			continue;
		}
		if (DATE_LINE.test(p) && current) {
			push({ id: 'sign', label: '', kind: 'signature', body: [p] });
			continue;
		}
		const n = attachment ? null : parseNumbering(p);
		if (n) {
			const at = stack.findIndex((s) => s.style === n.style);
			if (at >= 0) stack = stack.slice(0, at);
			const parent = stack[stack.length - 1];
			const id = [parent?.id, ...n.path].filter((x) => x !== undefined).join('-');
			stack.push({ style: n.style, n: n.path[0]!, id });
			const title = leadSentence(n.rest);
			push({ id, label: n.label, title, parent: parent?.id, kind: n.rest.length <= 40 && !/。/.test(n.rest) ? 'section' : 'task', body: [n.rest], style: n.style });
			continue;
		}
		if (!current) {
			push({ id: 'preamble', label: '', kind: 'preamble', body: [p] });
			continue;
		}
		current.body.push(p);
	}
	qualifyLabels(clauses);
	return { front, clauses, unplaced };
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
