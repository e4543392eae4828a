import type { Corpus, CorpusClause } from '../corpus';
import { cite } from '../citations/citation';
import { MODALITY_LABEL, clauseName, formatDate } from './format';
import { targetLine } from '../export/ledger';

/**
 * What a reader can put on 我的清单 or tick on a self-check: a clause, an obligation, a target or a deadline,
 * as a snapshot of what the list shows (so /my/ needs no data of its own). The browser adds status, note and
 * evidence. Keys are stable across builds: `<doc>/<clause>` for a clause, `#o<n>`, `#t<n>`, `#d<n>` for its facts
 * (n = position in the clause's list), the same keys the 落实台账 rows carry.
 */

export const ITEM_KINDS = ['clause', 'obligation', 'target', 'deadline'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const ITEM_KIND_LABEL: Record<ItemKind, string> = { clause: '条款', obligation: '义务与措施', target: '量化目标', deadline: '期限' };

export interface ListItem {
	key: string;
	kind: ItemKind;
	/** Document slug, 发文字号 and short title: /my/ groups by document. */
	doc: string;
	number: string;
	title: string;
	/** Official citation form of the clause. */
	cite: string;
	/** Site path of the clause permalink. */
	url: string;
	/** What to do or check, in a line. */
	text: string;
	/** The verbatim words it comes from (a clause item has none: its text is on the page linked). */
	quote?: string;
	/** 必须/应当…, for an obligation. */
	modality?: string;
	/** `面向全部职业院校`, when the item reaches the reader's kind of school through a broader role. */
	scope?: string;
}

function base(corpus: Corpus, clause: CorpusClause): Omit<ListItem, 'key' | 'kind' | 'text'> {
	const doc = corpus.doc.get(clause.doc)!;
	return { doc: doc.slug, number: doc.data.number, title: doc.data.shortTitle ?? doc.data.title, cite: cite(corpus, clause, { site: 'http://localhost/', accessed: '1970-01-01' }).official, url: clause.url };
}

export function clauseItem(corpus: Corpus, clause: CorpusClause): ListItem {
	return { ...base(corpus, clause), key: clause.key, kind: 'clause', text: clauseName(clause) };
}

export function obligationItem(corpus: Corpus, clause: CorpusClause, index: number, scope?: string): ListItem {
	const o = clause.data.obligations[index]!;
	return { ...base(corpus, clause), key: `${clause.key}#o${index}`, kind: 'obligation', text: o.action, quote: o.quote, modality: MODALITY_LABEL[o.modality], ...(scope ? { scope } : {}) };
}

export function targetItem(corpus: Corpus, clause: CorpusClause, index: number): ListItem {
	const t = clause.data.targets[index]!;
	return { ...base(corpus, clause), key: `${clause.key}#t${index}`, kind: 'target', text: targetLine(t), quote: t.quote };
}

export function deadlineItem(corpus: Corpus, clause: CorpusClause, index: number, scope?: string): ListItem {
	const d = clause.data.deadlines[index]!;
	return { ...base(corpus, clause), key: `${clause.key}#d${index}`, kind: 'deadline', text: `${formatDate(d.date)}前：${d.what}`, quote: d.quote, ...(scope ? { scope } : {}) };
}
