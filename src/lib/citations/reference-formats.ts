import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { citedTitle, fullUnitName, locator } from './citation';

/**
 * Citations for reference managers (Zotero, EndNote, NoteExpress): CSL-JSON (the schema of citation-style-language,
 * validated in tests) and RIS. A document is a `legislation` item (Zotero: statute; RIS: STAT) with its 发文字号 as
 * `number`; a clause is the same item with its place as `section`. Dates and titles are as the text gives them:
 * a missing date is the year alone, a supplied title is said in `note`.
 */

export const cslUrl = (url: string) => `${url}cite.csl.json`;
export const risUrl = (url: string) => `${url}cite.ris`;

/** One CSL-JSON item (the fields used here). */
export interface CslItem {
	id: string;
	type: 'legislation';
	title: string;
	number: string;
	author: { literal: string }[];
	authority: string;
	issued: { 'date-parts': [number, number?, number?][] };
	URL: string;
	language: 'zh-CN';
	section?: string;
	genre?: string;
	status?: string;
	note?: string;
}

function issuerNames(corpus: Corpus, doc: CorpusDoc): string[] {
	return doc.data.issuers.map((id) => {
		const u = corpus.unit.get(id);
		return u ? fullUnitName(u) : id;
	});
}

function notes(doc: CorpusDoc): string[] {
	const out: string[] = [];
	if (doc.data.titleSource === 'supplied') out.push('本文本无标题行，标题据公开发布记录补充。');
	if (!doc.data.date) out.push(`成文日期原文未载，年份取发文字号中的${doc.data.year}年。`);
	return out;
}

/** The CSL-JSON item of a document, or of one of its clauses. */
export function cslItem(corpus: Corpus, doc: CorpusDoc, site: string | URL, clause?: CorpusClause): CslItem {
	const issuers = issuerNames(corpus, doc);
	const date = doc.data.date?.split('-').map(Number);
	const l = doc.data.lifecycle;
	// A clause of an enclosed 方案/措施 is cited under that text's title, so its 文种 is the enclosed one.
	const title = clause ? citedTitle(doc, clause) : doc.data.title;
	const type = title === doc.data.title ? l.type : (l.enclosedType ?? l.type);
	const n = notes(doc);
	return {
		id: clause ? `xiangce:${doc.slug}/${clause.id}` : `xiangce:${doc.slug}`,
		type: 'legislation',
		title,
		number: doc.data.number,
		author: issuers.map((literal) => ({ literal })),
		authority: issuers.join('、'),
		issued: { 'date-parts': [date ? [date[0]!, date[1], date[2]] : [doc.data.year]] },
		URL: new URL(clause?.url ?? doc.url, site).href,
		language: 'zh-CN',
		...(clause ? { section: locator(corpus, clause) } : {}),
		...(type ? { genre: type.name } : {}),
		// Only a status a text states; 未知 is not a status to pass on.
		...(l.status !== '未知' ? { status: l.status } : {}),
		...(n.length ? { note: n.join(' ') } : {}),
	};
}

/** RIS values are one line each. */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`;

/** The RIS record of a CSL item (one tag a line, CRLF-free, `ER  - ` last). */
export function risRecord(item: CslItem): string {
	const [y, m, d] = item.issued['date-parts'][0]!;
	const lines = [
		line('TY', 'STAT'),
		line('ID', item.id),
		line('TI', item.title),
		...item.author.map((a) => line('AU', a.literal)),
		line('PY', String(y)),
		...(m && d ? [line('DA', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`)] : []),
		line('M1', item.number),
		...(item.section ? [line('SE', item.section)] : []),
		...(item.genre ? [line('M3', item.genre)] : []),
		line('UR', item.URL),
		line('LA', item.language),
		...(item.note ? [line('N1', item.note)] : []),
		'ER  - ',
	];
	return `${lines.join('\n')}\n`;
}
