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
			push({ id, label: n.label, title, parent: parent?.id, kind: n.rest.length <= 40 && !/。/.test(n.rest) ? 'section' : 'task', body: [n.rest] });
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

/** Prefix a clause's marker with its ancestors' labels unless the marker alone is unique in the document. */
function qualifyLabels(clauses: ClauseSkeleton[]): void {
	const count = new Map<string, number>();
	for (const c of clauses) count.set(c.label, (count.get(c.label) ?? 0) + 1);
	const byId = new Map(clauses.map((c) => [c.id, c]));
	for (const c of clauses) {
		if (!c.parent || (count.get(c.label) ?? 0) <= 1 || c.kind === 'attachment') continue;
		c.label = `${byId.get(c.parent)?.label ?? ''}${c.label}`;
	}
}
