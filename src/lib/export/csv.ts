import { stringify } from 'csv-stringify/sync';
import type { Corpus, CorpusClause } from '../corpus';
import { locator } from '../citations/citation';
import { MODALITY_LABEL, impliedLabel } from '../views/format';
import { countsFacts } from '../corpus';

/**
 * CSV downloads of the structured data, one row per fact, for staff who work in a spreadsheet.
 * UTF-8 with a byte-order mark: without it Excel opens the file in the system's legacy code page and the
 * Chinese turns to mojibake. Every row carries the document, the clause's citation form and its permalink.
 */

export const CSV_TABLES = ['obligations', 'targets', 'responsible'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const CSV_TITLE: Record<CsvTable, string> = {
	obligations: '义务（谁、做什么、约束程度）',
	targets: '量化目标',
	responsible: '责任单位',
};

type Row = Record<string, string | number>;

function clauseColumns(corpus: Corpus, c: CorpusClause, site: string): Row {
	const doc = corpus.doc.get(c.doc)!;
	// A clause flagged duplicate repeats another: its rows are kept (the data is complete) but marked, so a
	// spreadsheet's counts can leave them out as the site does.
	return { 发文字号: doc.data.number, 文件: doc.data.shortTitle ?? doc.data.title, 条款: locator(corpus, c), 条款链接: new URL(c.url, site).href, 计入统计: countsFacts(c) ? '是' : '否（重复条款）' };
}

function rows(corpus: Corpus, table: CsvTable, site: string): Row[] {
	const name = (id: string) => corpus.unit.get(id)?.name ?? id;
	return corpus.clauses.flatMap((c): Row[] => {
		const at = clauseColumns(corpus, c, site);
		switch (table) {
			case 'obligations':
				return c.data.obligations.map((o) => ({ ...at, 主体: o.actors.map(name).join('、'), 主体id: o.actors.join(' '), 主体依据: impliedLabel(o) ?? '文中点名', 约束程度: MODALITY_LABEL[o.modality], modality: o.modality, 事项: o.action, 时限: o.period?.words ?? '', 原文: o.quote }));
			case 'targets':
				return c.data.targets.map((t) => ({ ...at, 指标: t.subject, 数值: t.value, 单位: t.unit, 约数: t.approx ? '左右' : '', 比较: { 'at-least': '不少于', 'at-most': '不超过', exact: '' }[t.comparator], 时限: t.period?.words ?? '', 原文: t.quote }));
			case 'responsible':
				return c.data.responsible.map((r) => ({ ...at, 单位: name(r.unit), 单位id: r.unit, 分工: r.role === 'lead' ? '牵头' : '配合', 依据: r.via ? locator(corpus, corpus.clause.get(`${c.doc}/${r.via}`)!) : '', 原文: r.quote }));
		}
	});
}

const COLUMNS: Record<CsvTable, string[]> = {
	obligations: ['发文字号', '文件', '条款', '条款链接', '主体', '主体id', '主体依据', '约束程度', 'modality', '事项', '时限', '原文', '计入统计'],
	targets: ['发文字号', '文件', '条款', '条款链接', '指标', '数值', '单位', '约数', '比较', '时限', '原文', '计入统计'],
	responsible: ['发文字号', '文件', '条款', '条款链接', '单位', '单位id', '分工', '依据', '原文', '计入统计'],
};

/** One table as CSV text (UTF-8 with BOM, CRLF line ends as RFC 4180 and Excel expect). */
export function csvTable(corpus: Corpus, table: CsvTable, site: string): string {
	return stringify(rows(corpus, table, site), { header: true, columns: COLUMNS[table], bom: true, record_delimiter: 'windows' });
}

/** How many rows a table has (for the /data/ page). */
export function csvRowCount(corpus: Corpus, table: CsvTable): number {
	return rows(corpus, table, 'https://x.invalid').length;
}
