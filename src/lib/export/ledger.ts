import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { cite } from '../citations/citation';
import type { UnitData } from '../schema/unit';
import { clausesApplying, viaLabel, type AppliedClause } from '../views/applies';
import { MODALITY_LABEL, clauseName, formatDate } from '../views/format';
import { targetValueText } from '../views/target-rows';

/**
 * The 任务落实台账 of a unit or role: one sheet per document, one row per task — what binds the unit, and what
 * the clauses it is 责任单位 for ask of others — with the basis clause in official citation form, who leads,
 * how binding the words are, the clause's targets and time limits, and empty columns for the department to
 * fill in. Pure: the .xlsx and .docx writers and the tests all read these rows.
 */

export const LEDGER_COLUMNS = ['序号', '任务', '原文', '依据条款', '牵头/配合', '约束程度', '量化目标', '时限', '进展', '责任处室', '备注'] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];
/** Columns left empty for the department to fill in. */
export const FILL_IN_COLUMNS: LedgerColumn[] = ['进展', '责任处室', '备注'];

/** What is written where the text states nothing (golden rule: say so, never fill the gap). */
export const NOT_STATED = '原文未载';

export interface LedgerRow {
	/** Stable key of the fact (`<doc>/<clause>#o0`, `#d0`, or the clause key): the same key as in 我的清单. */
	key: string;
	clause: CorpusClause;
	/** What is to be done, with whom it is addressed to where that is not the unit itself. */
	task: string;
	/** The verbatim words the task comes from. */
	quote: string;
	/** Official citation form (`《…》（湘政函〔2023〕168号）二（一）3`) and the absolute permalink. */
	citation: string;
	url: string;
	/** `牵头：省教育厅；配合：省财政厅` from the clause's 责任单位, or 原文未载. */
	responsible: string;
	/** 必须/应当/鼓励/支持/可以; `—` for a row that is not an obligation (a deadline, a target, a bare assignment). */
	modality: string;
	/** The clause's targets, one per line (`实训基地：20个左右（到2025年）`). */
	targets: string[];
	/** Dated deadlines of the clause and the obligation's horizon, or 原文未载. */
	timeLimits: string[];
}

export interface LedgerSheet {
	doc: CorpusDoc;
	/** Sheet name: the 发文字号 (Excel allows 31 characters and no `[]:*?/\`). */
	name: string;
	rows: LedgerRow[];
}

export interface Ledger {
	unit: UnitData;
	sheets: LedgerSheet[];
	rows: number;
}

const unitNames = (corpus: Corpus, ids: string[]) => ids.map((id) => corpus.unit.get(id)?.name ?? id).join('、');

/** `牵头：A、B；配合：C` from a clause's 责任单位. */
export function responsibleText(corpus: Corpus, clause: CorpusClause): string {
	const r = clause.data.responsible;
	const lead = [...new Set(r.filter((x) => x.role === 'lead').map((x) => x.unit))];
	const co = [...new Set(r.filter((x) => x.role === 'co').map((x) => x.unit))];
	const parts = [lead.length ? `牵头：${unitNames(corpus, lead)}` : '', co.length ? `配合：${unitNames(corpus, co)}` : ''].filter(Boolean);
	return parts.length ? parts.join('；') : NOT_STATED;
}

/** `实训基地：20个左右（每年）`: a target as a line of the 量化目标 column. */
export function targetLine(t: CorpusClause['data']['targets'][number]): string {
	return `${t.subject}：${targetValueText(t)}${t.period ? `（${t.period.words}）` : ''}`;
}

function timeLimits(clause: CorpusClause, period?: { words: string }): string[] {
	const lines = [...(period ? [period.words] : []), ...clause.data.deadlines.map((d) => `${formatDate(d.date)}前：${d.what}`)];
	return lines.length ? [...new Set(lines)] : [NOT_STATED];
}

/* A clause's citation is the same in every unit's ledger; a clause applies to six or seven units on average. */
const citations = new WeakMap<CorpusClause, { site: string; official: string; url: string }>();
function citation(corpus: Corpus, clause: CorpusClause, site: string): { official: string; url: string } {
	const known = citations.get(clause);
	if (known?.site === site) return known;
	const { official, url } = cite(corpus, clause, { site, accessed: '1970-01-01' });
	citations.set(clause, { site, official, url });
	return { official, url };
}

/** The rows of one applying clause. */
function clauseRows(corpus: Corpus, unitId: string, a: AppliedClause, site: string): LedgerRow[] {
	const { clause } = a;
	const c = citation(corpus, clause, site);
	const common = { clause, citation: c.official, url: c.url, responsible: responsibleText(corpus, clause), targets: clause.data.targets.map(targetLine) };
	const addressed = (actors: string[], via?: string) => {
		const scope = viaLabel(corpus, via);
		if (scope) return `（${scope}）`;
		return actors.includes(unitId) ? '' : `（主体：${unitNames(corpus, actors)}）`;
	};
	const rows: LedgerRow[] = a.obligations.map(({ obligation: o, index, via }) => ({
		...common,
		key: `${clause.key}#o${index}`,
		task: `${o.action}${addressed(o.actors, via)}`,
		quote: o.quote,
		modality: MODALITY_LABEL[o.modality],
		timeLimits: timeLimits(clause, o.period),
	}));
	// A unit named 责任单位 answers for everything the clause asks, whoever carries it out.
	if (a.responsible) {
		const listed = new Set(a.obligations.map((o) => o.index));
		clause.data.obligations.forEach((o, index) => {
			if (listed.has(index)) return;
			rows.push({ ...common, key: `${clause.key}#o${index}`, task: `${o.action}${addressed(o.actors)}`, quote: o.quote, modality: MODALITY_LABEL[o.modality], timeLimits: timeLimits(clause, o.period) });
		});
	}
	if (rows.length) return rows;
	// Nothing phrased as an obligation: the deadline itself, or the clause as a whole.
	if (a.deadlines.length) {
		return a.deadlines.map(({ deadline: d, index, via }) => ({ ...common, key: `${clause.key}#d${index}`, task: `${d.what}${addressed(d.who.length ? d.who : [unitId], via)}`, quote: d.quote, modality: '—', timeLimits: timeLimits(clause) }));
	}
	return [{ ...common, key: clause.key, task: clauseName(clause), quote: clause.text, modality: '—', timeLimits: timeLimits(clause) }];
}

/** The workbook's first sheet: every document with a link to its sheet. */
export const LEDGER_INDEX_SHEET = '目录';

/** Excel sheet names: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
export function sheetName(number: string, taken: Set<string>): string {
	const base = number.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || '文件';
	let name = base;
	for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
	taken.add(name);
	return name;
}

/** The ledger of a unit or role; undefined for an unknown id. Built from that unit's clauses only. */
export function unitLedger(corpus: Corpus, unitId: string, site: string): Ledger | undefined {
	const unit = corpus.unit.get(unitId);
	if (!unit) return undefined;
	const byDoc = new Map<string, LedgerRow[]>();
	for (const a of clausesApplying(corpus, unitId)) {
		const list = byDoc.get(a.clause.doc) ?? [];
		list.push(...clauseRows(corpus, unitId, a, site));
		byDoc.set(a.clause.doc, list);
	}
	const taken = new Set<string>([LEDGER_INDEX_SHEET]);
	const sheets = corpus.docs.filter((d) => byDoc.has(d.slug)).map((doc) => ({ doc, name: sheetName(doc.data.number, taken), rows: byDoc.get(doc.slug)! }));
	return { unit, sheets, rows: sheets.reduce((n, s) => n + s.rows.length, 0) };
}

/** Units and roles with a ledger (at least one applying clause), in content order. */
export function ledgerUnitIds(corpus: Corpus): string[] {
	return corpus.units.filter((u) => clausesApplying(corpus, u.id).length > 0).map((u) => u.id);
}

/** The cell texts of a sheet, in LEDGER_COLUMNS order: what both files print, and what the tests read back. */
export function ledgerCells(sheet: LedgerSheet): string[][] {
	return sheet.rows.map((r, i) => [String(i + 1), r.task, r.quote, `${r.citation}\n${r.url}`, r.responsible, r.modality, r.targets.join('\n') || '—', r.timeLimits.join('\n'), '', '', '']);
}

/** `省教育厅政策落实任务台账`, and a sheet's heading: `《…》（湘政函〔2023〕168号）`. */
export const ledgerTitle = (unit: UnitData) => `${unit.name}政策落实任务台账`;
export const sheetHeading = (doc: CorpusDoc) => `《${doc.data.shortTitle ?? doc.data.title}》（${doc.data.number}）`;

/** The two download paths of a unit's ledger. */
export const LEDGER_FORMATS = ['xlsx', 'docx'] as const;
export type LedgerFormat = (typeof LEDGER_FORMATS)[number];
export const LEDGER_MIME: Record<LedgerFormat, string> = {
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
