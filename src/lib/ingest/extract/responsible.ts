import type { Responsible } from '../../schema/responsible';
import type { ActorIndex } from './actors';
import { departmentList } from './actors';
import { pieces, sentences, splitOutside } from './text';

/** Columns and brackets that assign 责任单位. */
export const RESPONSIBLE_HEADER = /^(?:责任单位|牵头单位|责任部门|牵头部门|责任主体|配合单位|协办单位)$/;
const BRACKET = /[（(]\s*(责任单位|牵头单位|责任部门|牵头部门|责任主体)\s*[：:]\s*([^（）()]+)[）)]/gu;
/** Words that end the leading units of an assignment: after them come the units that assist. */
const CO_MARK = /会同|配合|协同|参与|协助/;
/** Leftovers of a unit list that are not names (有关部门, 会同…). */
const NOT_A_NAME = /^(?:会同|配合|协同|参与|协助|有关部门|其他有关部门|相关部门|有关单位|和|及|等|各|省直有关单位)+$/;

export interface UnitList {
	units: Responsible[];
	/** Parts of the list that name no unit in content/units.yaml, for the summary. */
	unknown: string[];
}

/**
 * A list of units as a 责任单位 cell or bracket writes it: 省教育厅、省发展改革委会同有关部门，各市州人民政府。 The
 * units before 会同/配合 in the first comma group lead; the others are co. `allCo` for a 配合单位 column.
 */
export function parseUnitList(cell: string, actors: ActorIndex, allCo = false): UnitList {
	const units: Responsible[] = [];
	const unknown: string[] = [];
	splitOutside(cell.replace(/[。；;]+$/, ''), '，,；;').forEach((group, g) => {
		const co = group.search(CO_MARK);
		const mentions = actors.find(group);
		for (const m of mentions) {
			const lead = !allCo && g === 0 && (co < 0 || m.start < co);
			for (const id of m.ids) units.push({ unit: id, role: lead ? 'lead' : 'co', quote: m.text });
		}
		let rest = group;
		for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)}、${rest.slice(m.end)}`;
		for (const part of rest.split(/[、\s]+|会同|配合|协同|参与|协助/)) {
			const p = part.replace(/^(?:和|及|与)|等$/g, '').trim();
			if (p.length >= 2 && !NOT_A_NAME.test(p)) unknown.push(p);
		}
	});
	return { units: dedupe(units), unknown };
}

function dedupe(list: Responsible[]): Responsible[] {
	const seen = new Map<string, Responsible>();
	for (const r of list) {
		const had = seen.get(r.unit);
		if (!had) seen.set(r.unit, r);
		else if (had.role === 'co' && r.role === 'lead') seen.set(r.unit, r);
	}
	return [...seen.values()];
}

/**
 * 责任单位 named in running text: （责任单位：…） brackets; 由X牵头 / X牵头 / 由X统筹 / X负责 / X分头推进 (lead);
 * X会同Y、Z等部门 (X lead, the departments co); 请X… and 我厅 opening a piece (lead).
 */
export function extractResponsible(text: string, actors: ActorIndex): UnitList {
	const units: Responsible[] = [];
	const unknown: string[] = [];
	for (const m of text.matchAll(BRACKET)) {
		const list = parseUnitList(m[2]!, actors);
		units.push(...list.units);
		unknown.push(...list.unknown);
	}
	for (const sentence of sentences(text)) {
		for (const piece of pieces(sentence)) {
			const mentions = actors.find(piece);
			for (const m of mentions) {
				const before = piece.slice(Math.max(0, m.start - 2), m.start);
				const after = piece.slice(m.end, m.end + 6);
				// 牵头 as a modifier (牵头单位, 牵头的产业园区, 牵头申请的项目) or as what is supported (支持…牵头) assigns nothing.
				const modifier = /^牵头(?:的|单位|学校|企业|部门|申请|申报|组建)/.test(after) || /支持|鼓励/.test(piece.slice(Math.max(0, m.start - 12), m.start));
				const lead = (/由$/.test(before) && /^(?:牵头|统筹|负责)/.test(after) && !modifier) || (/^(?:牵头|负责|分头)/.test(after) && !modifier) || (/^\s*(?:要|将)?会同/.test(after) && m.start < 4) || (/^请$/.test(before.slice(-1)) && m.start <= 1) || (/^(?:我厅|我部|我委|我局)$/.test(m.text) && m.start === 0 && /^(?:将|要|负责)/.test(after));
				if (!lead) continue;
				const quote = /由$/.test(before) && /^(?:牵头|统筹)/.test(after) ? piece.slice(m.start - 1, m.end + 2) : /^牵头/.test(after) ? piece.slice(m.start, m.end + 2) : m.text;
				for (const id of m.ids) units.push({ unit: id, role: 'lead', quote });
			}
			if (/会同/.test(piece)) {
				const at = piece.indexOf('会同');
				const head = piece.slice(0, at);
				const subject = actors.find(head).at(-1);
				if (subject) {
					if (!units.some((u) => u.quote === subject.text)) for (const id of subject.ids) units.push({ unit: id, role: 'lead', quote: subject.text });
				} else {
					const short = head.match(/([\u4e00-\u9fa5]{2,8})部门$/)?.[1];
					const id = short ? actors.department(short) : undefined;
					if (short && id) units.push({ unit: id, role: 'lead', quote: `${short}部门` });
				}
				for (const d of departmentList(piece.slice(at), actors)) {
					if (d.id) units.push({ unit: d.id, role: 'co', quote: d.text });
					else unknown.push(d.text);
				}
			}
		}
	}
	// 分头: every unit named before it in the piece leads.
	for (const piece of sentences(text).flatMap(pieces)) {
		const at = piece.search(/分头|共同负责/);
		if (at < 0) continue;
		for (const m of actors.find(piece.slice(0, at))) for (const id of m.ids) units.push({ unit: id, role: 'lead', quote: m.text });
	}
	return { units: dedupe(units), unknown };
}

/**
 * 责任单位 from the tables inside a clause (a 任务分工 table without a 序号 column, whose rows stay in one clause):
 * every row's cell under a 责任单位/牵头单位 (lead) or 配合单位 (co) header.
 */
export function tableUnits(paragraphs: string[], actors: ActorIndex): UnitList {
	const units: Responsible[] = [];
	const unknown: string[] = [];
	let header: string[] | undefined;
	for (const p of paragraphs) {
		if (!p.includes('\t')) {
			header = undefined;
			continue;
		}
		const cells = p.split('\t').map((c) => c.replace(/\s+/g, ''));
		if (!header) {
			header = cells;
			continue;
		}
		header.forEach((h, i) => {
			if (!RESPONSIBLE_HEADER.test(h) || !cells[i]) return;
			const list = parseUnitList(p.split('\t')[i]!.trim(), actors, /配合|协办/.test(h));
			units.push(...list.units);
			unknown.push(...list.unknown);
		});
	}
	return { units: dedupe(units), unknown };
}
