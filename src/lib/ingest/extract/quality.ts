import type { QualityFlag } from '../../schema/quality';
import { sentences, squash } from './text';

export interface QualityClause {
	id: string;
	kind: string;
	label: string;
	title?: string;
	body: string[];
	/** Has numbered clauses under it. */
	hasChildren: boolean;
	/** The table header a table-row clause repeats. */
	header?: string;
	/** The clause it sits under. */
	parent?: string;
}

/** Characters that are not text: the replacement character, private-use code points, control characters, □. */
const UNKNOWN = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F□]/u;
const ENDS_SENTENCE = /[。！？；：…”’」』）)】]$|[:：]$/;
const TEXT_KINDS = new Set(['preamble', 'goal', 'task', 'measure', 'condition', 'safeguard', 'procedure', 'indicator', 'note']);

/**
 * Damage a person should see flagged, found mechanically: clauses whose text repeats another's word for word
 * (duplicate, `of` the first), items that only repeat their parent's heading (duplicate), sentences repeated inside
 * a clause (other), text that stops without an end mark (truncated), numbered
 * items that are empty or only a heading (truncated), characters that are not text (garbled), blank table cells
 * under a column that is filled elsewhere (table-structure), attachments with only a title (missing-attachment).
 */
export function extractQuality(clauses: QualityClause[]): Map<string, QualityFlag[]> {
	const out = new Map<string, QualityFlag[]>();
	const flag = (id: string, f: QualityFlag) => {
		if (!out.has(id)) out.set(id, []);
		out.get(id)!.push(f);
	};
	const textOf = (c: QualityClause) => c.body.join('\n');

	const groups = new Map<string, QualityClause[]>();
	for (const c of clauses) {
		if (!TEXT_KINDS.has(c.kind) || c.hasChildren) continue;
		const key = squash(textOf(c));
		if (key.length < 10) continue;
		if (!groups.has(key)) groups.set(key, []);
		groups.get(key)!.push(c);
	}
	// The first of a group is the original (its facts are counted); each later one is a `duplicate` `of` it, as the
	// `duplicates` data rule requires.
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		const first = group[0]!;
		const quote = first.title ?? sentences(textOf(first))[0]!.slice(0, 30);
		const name = first.label || first.id;
		group.forEach((c, i) =>
			flag(
				c.id,
				i === 0
					? { kind: 'other', note: `本条文字在 ${group.map((g) => g.label || g.id).join('、')} 中重复出现${group.length}次，原文如此；其余各条标为重复，数据只在本条计数。`, quote }
					: { kind: 'duplicate', note: `与 ${name} 文字完全相同，原文重复；数据在 ${name} 计数，此处不重复计数。`, quote, of: first.id },
			),
		);
	}
	const byId = new Map(clauses.map((c) => [c.id, c]));

	const prevRow = new Map<string, QualityClause>();
	for (const c of clauses) {
		const text = textOf(c);
		const odd = text.match(UNKNOWN);
		if (odd) {
			const around = text.slice(Math.max(0, odd.index! - 4), odd.index! + 5).trim();
			flag(c.id, { kind: 'garbled', note: '原文含无法识别的字符，照录未改。', ...(around ? { quote: around } : {}) });
		}
		if (c.kind === 'attachment' && c.body.filter((p) => p !== c.title).length === 0 && !c.hasChildren) {
			flag(c.id, { kind: 'missing-attachment', note: '附件正文原文未载，仅有标题。' });
			continue;
		}
		if (c.kind === 'table-row' && c.header) {
			// A blank cell under a value in the row above is a merged cell the conversion lost; a row blank
			// throughout is a form line to fill in.
			const head = c.header.split('\t');
			const cells = c.body.at(-1)!.split('\t');
			const above = prevRow.get(c.header)?.body.at(-1)!.split('\t') ?? [];
			const filled = cells.slice(1).some((x) => x.trim());
			head.forEach((h, i) => {
				if (i > 0 && filled && cells[i] !== undefined && !cells[i]!.trim() && above[i]?.trim()) flag(c.id, { kind: 'table-structure', note: `“${h.replace(/\s+/g, '')}”一栏空白：原表的合并单元格可能已丢失（或与上一行相同：${above[i]!.trim()}），请对照原件。` });
			});
			// Carry the value down so a run of blanks reads as one merged cell.
			prevRow.set(c.header, { ...c, body: [c.body[0]!, cells.map((x, i) => x.trim() || above[i] || '').join('\t')] });
			continue;
		}
		if (!TEXT_KINDS.has(c.kind) || c.hasChildren || text.includes('\t')) continue;
		const body = c.body.map((p) => p.trim()).filter(Boolean);
		if (body.length === 0) {
			if (c.label) flag(c.id, { kind: 'truncated', note: `原文此项为空，只印有编号“${c.label}”，没有文字。` });
			continue;
		}
		if (c.label && body.length === 1 && c.title && squash(body[0]!) === squash(c.title) && !ENDS_SENTENCE.test(body[0]!)) {
			flag(c.id, { kind: 'truncated', note: `原文此项只有小标题“${c.title}”，没有正文。`, quote: c.title });
			// An item that only repeats the heading of the clause it sits under (（四）加强宣传 / ①加强宣传) repeats it.
			const parent = c.parent ? byId.get(c.parent) : undefined;
			if (parent?.title && squash(parent.title).endsWith(squash(c.title))) {
				const name = parent.label || parent.id;
				flag(c.id, { kind: 'duplicate', note: `与上级“${name}${parent.title}”的标题文字相同；数据在 ${name} 计数，此处不重复计数。`, quote: c.title, of: parent.id });
			}
			continue;
		}
		const last = body.at(-1)!;
		if (!ENDS_SENTENCE.test(last) && last.length > 4 && !/联系|地址|电话|邮箱|@/.test(last)) flag(c.id, { kind: 'truncated', note: `句子在“${last.slice(-8)}”处中断（无句末标点），其后文字原文缺失。`, quote: last.slice(-8) });
		const seen = new Set<string>();
		for (const s of sentences(text)) {
			const k = squash(s);
			// Not a `duplicate`: that kind means the whole clause repeats another (and is left out of counts).
			if (k.length >= 8 && seen.has(k)) {
				flag(c.id, { kind: 'other', note: '本条中同一句话出现两次，原文如此。', quote: s });
				break;
			}
			seen.add(k);
		}
	}
	return out;
}
