import type { Obligation } from '../../schema/obligation';
import type { ActorIndex, Mention } from './actors';
import { departmentList } from './actors';
import { OBJECT_GOVERNING, governingWord, modalWords, modalityOf } from './modality';
import { horizonOf } from './periods';
import { pieces, sentences, shorten, squash } from './text';

/** Verbs that open a plain directive (建设20个…, 完善…机制): an obligation even without a modal word. */
const DIRECTIVE = /^(?:不断|力争|努力|建设|建立|健全|完善|制定|制订|开展|实施|实行|推行|加强|加快|加大|深化|提高|提升|扩大|落实|组织|组建|成立|设立|培育|培养|遴选|打造|搭建|构建|发挥|优化|统筹|创新|办好|举办|开设|开发|研制|引进|营造|做好|强化|明确|规范|注重|畅通|拓宽|支付|承担|安排|纳入|将|把|对|向|持续|继续|逐步|积极|大力|全面|进一步|重点|稳步|着力|主动|及时|定期|适度|认真|切实|严格|调整|整合|聘请|吸纳|接收|承接|联合|共建|共同|分头|负责|鼓励|支持|推动|推进|探索|引导|允许|倡导|确保|请)/;
/** Openers of a purpose or circumstance phrase: they lead into the directive after them, they are not one. */
const LEAD_IN = /^(?:为了|为|按照|根据|依据|围绕|以|通过|结合|面向|依托|立足|针对|聚焦|紧跟|适应|对照|参照|遵循|基于|坚持|在)/;
/** The sentence that says why the document is issued (为…，制定本办法 / 现就…通知如下) binds no one. */
const PURPOSE = /^为.*(?:制定|特制定|制订)(?:本|如下)|(?:现就|现将).*(?:通知如下|提出如下|意见如下)|^本(?:办法|方案|措施|意见|规定|细则)(?:自|由|适用)/;
/** Words between a subject and its verb or between two subjects that keep the subject zone open. */
const SUBJECT_GLUE = /^(?:[、和与及或]|以及|等|有条件的|符合条件的|各类|优质|高水平|相关|有关|区域内|省内|全省|各|其他|特别是|尤其是|的|\s)*$/;
/** Generic subjects that name no unit: the actor falls back to the clause's default. */
const GENERIC_SUBJECT = /^(?:各地各有关部门|各地|各级|有关部门|各部门|地方|学校|院校|单位)/;

/** A 责任单位 bracket at the end of a phrase. */
const ASSIGNMENT = /\s*[（(]\s*(?:责任单位|牵头单位|责任部门|牵头部门|责任主体)\s*[：:][^（）()]*[）)]\s*$/u;

export interface ObligationContext {
	actors: ActorIndex;
	/** Who acts when the text names no one (the document's addressees, or its issuers). */
	defaultActors: string[];
}

/** Actors named at the start of a piece (its subject), chained by 、和与 and modifiers. */
function subjectMentions(piece: string, mentions: Mention[]): { ids: string[]; end: number } {
	const ids: string[] = [];
	let end = 0;
	for (const m of mentions) {
		const gap = piece.slice(end, m.start);
		if (!(end === 0 ? /^(?:请|由|各|有条件的|符合条件的|全省|省|\s)*$/.test(gap) : SUBJECT_GLUE.test(gap))) break;
		ids.push(...m.ids);
		end = m.end;
	}
	return { ids, end };
}

/** Actors a governing word takes as object: 支持龙头骨干企业…, 鼓励有条件的产业园区与职业学校、高等学校…. */
function objectMentions(piece: string, from: number, mentions: Mention[]): string[] {
	const ids: string[] = [];
	let end = from;
	for (const m of mentions.filter((x) => x.start >= from)) {
		const gap = piece.slice(end, m.start);
		if (gap.length > 8 || !/^(?:[、和与及或]|以及|等|有条件的|符合条件的|各类|优质|高水平|相关|有关|区域内|联合体内|省内|全省|各|其他|特别是|尤其是|中小|国有|的|引导|支持|\s)*$/.test(gap)) break;
		ids.push(...m.ids);
		end = m.end;
	}
	return ids;
}

/**
 * Split a sentence into obligation segments: a new one starts at a comma piece that opens with a governing
 * word (支持, 鼓励, 确保…), with 请, or with a new subject; a piece that only leads in (围绕…, 以…为基础) or ends in a
 * subordinate clause (…时) stays with the next.
 */
function segments(sentence: string, index: ActorIndex): string[][] {
	const out: string[][] = [];
	let current: string[] = [];
	for (const p of pieces(sentence)) {
		const opens = Boolean(governingWord(p)) || p.startsWith('请') || subjectMentions(p, index.find(p)).ids.length > 0;
		const leadIn = current.length > 0 && current.every((c) => LEAD_IN.test(c) || /时$/.test(c));
		if (opens && current.length && !leadIn) {
			out.push(current);
			current = [];
		}
		current.push(p);
	}
	if (current.length) out.push(current);
	return out;
}

/**
 * Obligations of a clause: who is to do what, with the modality the data rules expect for the quote (the README's
 * table, `src/lib/content/rules/`). Actors come from the names in `content/units.yaml`; where the text names none, the clause's
 * default. Quotes are the segment's own words.
 */
export function extractObligations(text: string, ctx: ObligationContext, opts: { skipFirst?: string; onlyRequests?: boolean } = {}): Obligation[] {
	const out: Obligation[] = [];
	// Table rows are data, not directives: their cells name units and tasks without a verb of their own.
	const sents = sentences(text.split('\n').filter((l) => !l.includes('\t')).join('\n'));
	for (const [si, sentence] of sents.entries()) {
		// A heading-like title (强化企业职工在岗教育培训。…) names the clause; the obligations are in the text after it.
		if (si === 0 && opts.skipFirst && sents.length > 1 && squash(sentence) === squash(opts.skipFirst)) continue;
		if (PURPOSE.test(sentence)) continue;
		let carried: string[] = [];
		for (const seg of segments(sentence, ctx.actors)) {
			const phrase = seg.join('，');
			// A （责任单位：…） bracket closing the phrase says who is responsible (responsible.ts), not what is to be done.
			const quoteText = (sentence.includes(phrase) ? phrase : seg[0]!).replace(ASSIGNMENT, '');
			const head = seg.find((p) => !LEAD_IN.test(p) && !/时$/.test(p)) ?? seg[0]!;
			if (opts.onlyRequests && !/请/.test(head)) continue;
			const mentions = ctx.actors.find(head);
			const subject = subjectMentions(head, mentions);
			const hit = governingWord(head, subject.end);
			const starts = DIRECTIVE.test(head.slice(subject.end).replace(/^[要应须可将也还均并]/, '')) || hit !== undefined || subject.ids.length > 0 || GENERIC_SUBJECT.test(head);
			if (!starts || squash(head).length < 4) continue;
			let actors = subject.ids;
			if (hit && OBJECT_GOVERNING.test(head.slice(hit.index))) {
				const objects = objectMentions(head, hit.index + hit.word.length, mentions);
				if (objects.length) actors = objects;
			}
			if (!actors.length && hit === undefined) {
				const depts = departmentList(head, ctx.actors).map((d) => d.id).filter((x): x is string => Boolean(x));
				if (depts.length && head.indexOf('部门') < 12) actors = depts;
			}
			if (!actors.length) actors = carried.length ? carried : ctx.defaultActors;
			else carried = actors;
			if (!actors.length) continue;
			const horizon = horizonOf(phrase);
			const numbers = /[0-9０-９]+\s*(?:个|所|名|家|门|本|项|%|％|元|人)/.test(phrase);
			const action = shorten(head.replace(ASSIGNMENT, '').slice(hit && hit.index <= subject.end + 4 ? hit.index + hit.word.length : subject.end).replace(/^[，、\s请将]+/, ''), 40) || shorten(head, 40);
			const quote = shorten(quoteText, 80);
			out.push({
				actors: [...new Set(actors)],
				action,
				modality: modalityOf(quote, text),
				...(horizon && !numbers && sentence.includes(horizon.words) ? { period: horizon } : {}),
				quote,
			});
		}
	}
	return out;
}

/** Every modal word of a text, for the summary's coverage line. */
export const modalCount = (text: string): number => modalWords(text).length;
