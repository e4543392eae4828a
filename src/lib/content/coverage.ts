import { datesIn } from './numbers';
import type { ClauseData } from '../schema/clause';
import { directiveWords, type DirectiveWord } from './rules/directive-words';
import { locate, phraseBefore, type Span } from './rules/text';

/** A number with a measure word: 20 个, 一所, 50%, 10000元, 每5年. */
const MEASURE = /[\d零一二两三四五六七八九十百千万半]+\s*(?:个|所|名|家|门|本|%|％|元|人|年|月|项|份|条|倍|万元|亿元)/;

/** Why a clause should carry structured data (empty when it need not). */
export function needsFacts(text: string): string[] {
	const why: string[] = [];
	const m = text.match(MEASURE);
	if (m) why.push(`number with a measure word “${m[0]}”`);
	const d = datesIn(text);
	if (d.length) why.push(`date ${d[0]}`);
	const mo = directiveWords(text)[0];
	if (mo) why.push(`directive word “${mo.word}”`);
	return why;
}

/** Does the clause carry any structured fact? Topics alone do not count. */
export function hasFacts(d: ClauseData): boolean {
	return d.obligations.length + d.targets.length + d.formLimits.length + d.deadlines.length + d.responsible.length + d.refs.length > 0;
}

/** A directive word (鼓励、支持、要、应、须、可…, the modality table) that no obligation of its clause states. */
export interface UncoveredDirective extends DirectiveWord {
	/** The words around it, for the report. */
	context: string;
}

const inside = (i: number, s: Span) => s.start <= i && i < s.end;

/**
 * Directive words of a clause that no obligation covers: the word is neither in an obligation's quote nor in
 * the words right before one (支持 | 湖南工业职业技术学院…建设). Words inside a quoted reference (《…》) or the
 * clause's own heading (推进校企联合共建生产性实习实训基地。) do not count: the obligations of a heading are
 * its body's. Every such word is either a fact still to curate or, listed with a reason in
 * tests/content/coverage-exceptions.json, not a directive (统筹推进“五位一体”总体布局; 人人皆可成才).
 */
export function uncoveredDirectives(c: { text: string; data: ClauseData }): UncoveredDirective[] {
	const spans = c.data.obligations.map((o) => locate(o.quote, c.text)).filter((s): s is Span => !!s);
	const refs = c.data.refs.map((r) => locate(r.quote, c.text)).filter((s): s is Span => !!s);
	const heading = c.data.title && c.text.startsWith(c.data.title) ? { start: 0, end: c.data.title.length } : undefined;
	return directiveWords(c.text)
		.filter((w) => !refs.some((r) => inside(w.index, r)) && !(heading && inside(w.index, heading)))
		.filter((w) => !spans.some((s) => inside(w.index, s) || (s.start > w.index && phraseBefore(c.text, s).length >= s.start - w.index)))
		.map((w) => ({ ...w, context: c.text.slice(Math.max(0, w.index - 8), w.index + 24).replace(/\s+/g, ' ') }));
}

/** The clauses a coverage report covers, with the directive words no obligation states. */
export function directiveCoverage(clauses: { doc: string; id: string; text: string; data: ClauseData }[]): { clause: string; words: UncoveredDirective[] }[] {
	// An annex row that 责任单位 cite (`via`) restates tasks whose obligations are curated on the clauses citing it.
	const restated = new Set(clauses.flatMap((c) => c.data.responsible.filter((r) => r.via).map((r) => `${c.doc}/${r.via}`)));
	return clauses
		.filter((c) => c.data.kind !== 'section' && !c.data.quality.some((q) => q.kind === 'duplicate') && !restated.has(`${c.doc}/${c.id}`))
		.map((c) => ({ clause: `${c.doc}/${c.id}`, words: uncoveredDirectives(c) }))
		.filter((x) => x.words.length > 0);
}
