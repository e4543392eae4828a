import type { Corpus, CorpusClause, CorpusDoc } from '../corpus';
import { ancestors } from '../corpus';
import { splitLabel } from './labels';
import { parseNumbering } from '../ingest/numbering';
import type { UnitData } from '../schema/unit';

/**
 * How a clause is cited. Every form points at the place in the printed original, following the
 * document's own numbering, so a reader holding the paper can find it:
 *
 *  - nested numbering: the printed markers without their 、．. (二、（一）3． → 二（一）3; 二、1. → 二、1, where
 *    dropping the 、 would run the numbers together);
 *  - numbers that run through the whole text (湘政办发〔2018〕82号 15、 under 四、): 第15条;
 *  - a top-level item alone: 第六条, or 第二部分 for a heading that groups items;
 *  - attachments: 附件2, then their own numbering (附件2 1.1, 附件3 说明一), table rows by 序号 (附件 序号3);
 *  - unnumbered text: 正文 (the text of a 印发 notice), 开头部分, 落款, 说明, 第三部分结尾段落;
 *  - a part whose number the source lost (湘教财〔2022〕1号 clause 1): 第一部分（原文无编号）.
 *
 * The title is the one the cited words belong to: the enclosed 方案/措施 (`shortTitle`) for its own text,
 * the notice's full title for the notice text and its signature. A title not printed in the source
 * (`titleSource: supplied`) is used as recorded, and the citation says so in `notes`.
 */

export interface Citation {
	/** 《题名》（发文字号）位置, for official writing. */
	official: string;
	/** GB/T 7714-2015 reference to the document, pointing at the clause permalink. */
	gbt: string;
	/** `[official](url)`. */
	markdown: string;
	/** Absolute permalink. */
	url: string;
	/** The locator alone (二（一）3, 第15条…). */
	locator: string;
	/** The 公文 basis sentence: 根据《…》（湘政办发〔2018〕82号）第十五条. */
	basis: string;
	/** The title cited (without 《》). */
	title: string;
	/** Provenance and damage the reader should know about, in Chinese. */
	notes: string[];
}

export interface CiteOptions {
	/** Site origin, e.g. `https://xiangce.example.org`. */
	site: string | URL;
	/** Access date for GB/T 7714 `[引用日期]`, ISO `YYYY-MM-DD`. */
	accessed: string;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (enough for section numbers). */
export function chineseNumeral(n: number): string {
	if (n < 10) return CN[n]!;
	if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
	if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
	return String(n);
}

/** A printed marker without its trailing punctuation: 二、 → 二, 3． → 3, 附件 1： → 附件1. */
function bare(marker: string): string {
	return marker.replace(/[、．.:：\s]+$/u, '').replace(/^附件\s+/u, '附件');
}

/** Join bare markers; keep the 、 where a Chinese numeral would run into an Arabic one (二、1). */
function joinMarkers(markers: string[]): string {
	let out = '';
	for (const m of markers) {
		const b = bare(m);
		out += out && /[一二三四五六七八九十]$/u.test(out) && /^\d/.test(b) ? `、${b}` : b;
	}
	return out;
}

function hasChildren(corpus: Corpus, c: CorpusClause): boolean {
	return corpus.doc.get(c.doc)?.clauses.some((x) => x.data.parent === c.id) ?? false;
}

/** Standalone form of a single top-level or run-through marker: 第六条, 第二部分, 第15条. */
function single(corpus: Corpus, c: CorpusClause, marker: string): string {
	const n = parseNumbering(marker);
	if (n?.style === 'cn-dun' && !c.data.parent) return `第${bare(marker)}${c.data.kind === 'section' || hasChildren(corpus, c) ? '部分' : '条'}`;
	if (n?.style === 'num-dun' && c.data.parent) return `第${n.path[0]}条`;
	return bare(marker);
}

/** Attachment locator: 附件2 1.1, 附件3 说明一, 附件 序号3, 附件1. */
function attachmentLocator(doc: CorpusDoc, c: CorpusClause, chain: CorpusClause[]): string {
	const n = Number(c.id.match(/^att(\d+)/)![1]);
	const root = chain[0]!;
	const printedNumber = /\d/.test(root.data.label) || /^附件\s*\d/.test(c.data.label);
	const att = doc.data.attachments.length > 1 || printedNumber ? `附件${n}` : '附件';
	const inner: string[] = [];
	for (const x of chain.slice(1)) {
		if (x.data.kind === 'table-row') inner.push(`序号${bare(x.data.label)}`);
		else if (!x.data.label && x.data.title) inner.push(x.data.title.replace(/\s+/g, ''));
		else if (x === c && x.data.label) {
			const markers = splitLabel(x.data.label).filter((m) => !m.startsWith('附件'));
			inner.push(joinMarkers(markers));
		}
	}
	const rest = inner.join('');
	return rest ? `${att} ${rest}` : att;
}

/** Where a clause is in the printed original, in the document's own numbering. */
export function locator(corpus: Corpus, c: CorpusClause): string {
	const doc = corpus.doc.get(c.doc)!;
	const chain = [...ancestors(corpus, c), c];
	if (c.id.startsWith('att')) return attachmentLocator(doc, c, chain);
	if (c.data.label) {
		const markers = splitLabel(c.data.label);
		return markers.length === 1 ? single(corpus, c, markers[0]!) : joinMarkers(markers);
	}
	if (c.id === 'preamble') return doc.data.shortTitle ? '正文' : '开头部分';
	if (c.id === 'intro') return '开头部分';
	if (c.id === 'sign') return '落款';
	if (c.id === 'notes') return '说明';
	const group = c.id.match(/-p(\d+)$/);
	const parent = c.data.parent ? corpus.clause.get(`${c.doc}/${c.data.parent}`) : undefined;
	if (group && parent) {
		const k = Number(group[1]);
		return `${locator(corpus, parent)}结尾${k === 1 ? '' : `第${k}组`}段落`;
	}
	// A numbered place whose number the source lost: say so rather than pass it off as printed.
	if (/^\d+$/.test(c.id) && !parent) return `第${chineseNumeral(Number(c.id))}部分（原文无编号）`;
	return parent ? `${locator(corpus, parent)}（原文无编号）` : c.id;
}

/** Does the clause belong to the notice that 印发 an enclosed document (rather than to the enclosed text)? */
function inNotice(doc: CorpusDoc, c: CorpusClause): boolean {
	return Boolean(doc.data.shortTitle) && (c.id === 'preamble' || c.id === 'sign');
}

/** 《…》 inside 《…》 becomes 〈…〉 (GB/T 15834). */
function nestTitle(title: string): string {
	return title.replace(/《/g, '〈').replace(/》/g, '〉');
}

/** The cited title: the enclosed 方案/措施 for its own text, the notice title for the notice. */
export function citedTitle(doc: CorpusDoc, c: CorpusClause): string {
	return inNotice(doc, c) ? doc.data.title : (doc.data.shortTitle ?? doc.data.title);
}

/** A body's full name for a reference list: 省教育厅 → 湖南省教育厅 (from its aliases when recorded). */
export function fullUnitName(u: Pick<UnitData, 'name' | 'aliases' | 'level'>): string {
	if (u.level !== 'province' || u.name.startsWith('湖南')) return u.name;
	return u.aliases.find((a) => a.startsWith('湖南省')) ?? (u.name.startsWith('省') ? `湖南${u.name}` : u.name);
}

/** GB/T 7714-2015 §8.1.1: list up to three responsible bodies, then “等”. */
function authors(corpus: Corpus, doc: CorpusDoc): string {
	const names = doc.data.issuers.map((id) => {
		const u = corpus.unit.get(id);
		return u ? fullUnitName(u) : id;
	});
	return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

/** Escape text for a Markdown link label. */
function mdLabel(s: string): string {
	return s.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}

/** Places a 公文 does not cite by name: the notice text is the document itself, the signature is not a provision. */
const NOT_CITED_AS_PLACE = new Set(['正文', '开头部分', '落款']);

/**
 * The sentence a 公文 opens with when it relies on a provision: 根据《…》（发文字号）第十五条. Article numbers are
 * written in Chinese numerals there (第15条 → 第十五条); other places keep the document's own numbering.
 */
export function basisSentence(title: string, number: string, loc?: string): string {
	const place = !loc || NOT_CITED_AS_PLACE.has(loc) ? '' : loc.replace(/^第(\d+)条$/, (_, n: string) => `第${chineseNumeral(Number(n))}条`);
	return `根据《${nestTitle(title)}》（${number}）${place}`;
}

/** Every citation form of a whole document: 《title》（发文字号）, its basis sentence, GB/T 7714 and links. */
export function citeDocument(corpus: Corpus, doc: CorpusDoc, opts: CiteOptions): Citation {
	const url = new URL(doc.url, opts.site).href;
	const title = doc.data.title;
	const official = `《${nestTitle(title)}》（${doc.data.number}）`;
	const gbt = `${authors(corpus, doc)}. ${title}: ${doc.data.number}[EB/OL]. (${doc.data.date ?? String(doc.data.year)})[${opts.accessed}]. ${url}.`;
	const notes: string[] = [];
	if (doc.data.titleSource === 'supplied') notes.push(`本文本无标题行，标题“${title}”据公开发布记录补充。`);
	if (!doc.data.date) notes.push(`成文日期原文未载，出版年取发文字号中的${doc.data.year}年。`);
	return { official, gbt, markdown: `[${mdLabel(official)}](${url})`, url, locator: '', basis: basisSentence(title, doc.data.number), title, notes };
}

/** Every citation form of a clause. */
export function cite(corpus: Corpus, c: CorpusClause, opts: CiteOptions): Citation {
	const doc = corpus.doc.get(c.doc)!;
	const url = new URL(c.url, opts.site).href;
	const title = citedTitle(doc, c);
	const loc = locator(corpus, c);
	const official = `《${nestTitle(title)}》（${doc.data.number}）${loc}`;
	const published = doc.data.date ?? String(doc.data.year);
	const gbt = `${authors(corpus, doc)}. ${title}: ${doc.data.number}[EB/OL]. (${published})[${opts.accessed}]. ${url}.`;
	const notes: string[] = [];
	if (doc.data.titleSource === 'supplied') notes.push(`本文本无标题行，标题“${doc.data.title}”据公开发布记录补充。`);
	if (!c.data.label && /^\d+$/.test(c.id)) notes.push('原文此处无标题和编号，位置按原文次序认定。');
	if (!doc.data.date) notes.push(`成文日期原文未载，出版年取发文字号中的${doc.data.year}年。`);
	return { official, gbt, markdown: `[${mdLabel(official)}](${url})`, url, locator: loc, basis: basisSentence(title, doc.data.number, loc), title, notes };
}
