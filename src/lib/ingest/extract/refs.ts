import type { ExternalData } from '../../schema/external';
import type { Ref } from '../../schema/ref';
import { attachmentMentions, canonicalDocNumber, docNumberMentions, titleMentions, type Span } from '../../citations/ref-mentions';
import { dice, squash } from './text';

export interface RefDocument {
	slug: string;
	number: string;
	title: string;
	shortTitle?: string;
}

export interface RefTargets {
	/** The document being ingested: it may name itself (印发《…》) and its attachments. */
	self: RefDocument & { attachments: { n: number; title: string }[]; clauseIds: Set<string> };
	/** The other documents of the corpus. */
	documents: RefDocument[];
	/** `content/external.yaml`. */
	external: ExternalData[];
}

export interface RefResult {
	refs: Ref[];
	/** Titles and numbers that name nothing known, for the summary (add them to content/external.yaml). */
	unresolved: string[];
}

/** The words before a reference that make it an implementation (落实《…》, 根据…要求) rather than a citation. */
const IMPLEMENTS = /(?:贯彻落实|贯彻|落实|根据|按照|执行|遵照)[^，。；]{0,14}$/;

const norm = (s: string) => squash(s).replace(/^《|》$/g, '');

/** The ways a document is cited by title: in full, short, and without its issuer (《关于…的通知》). */
const titleForms = (d: RefDocument): string[] => [d.title, d.shortTitle, d.title.replace(/^.*?(?=关于)/, '')].filter((x): x is string => Boolean(x));

/** The 发文字号 with its issuer prefix: the Chinese characters right before the bracket. */
function withPrefix(text: string, span: Span): Span {
	const head = text.slice(Math.max(0, span.start - 8), span.start);
	const prefix = head.match(/[\u4e00-\u9fa5]{1,8}$/)?.[0] ?? '';
	return { start: span.start - prefix.length, end: span.end, text: prefix + span.text };
}

/**
 * Explicit references in a clause: 《titles》, 发文字号 in any bracket form, （附件N） pointers (found with
 * `src/lib/citations/ref-mentions.ts`), resolved against the document itself, its attachments, the corpus and
 * `content/external.yaml`. A title and the 发文字号 bracketed after it are one reference.
 */
export function extractRefs(text: string, targets: RefTargets): RefResult {
	const refs: Ref[] = [];
	const unresolved: string[] = [];
	const numbers = docNumberMentions(text).map((s) => withPrefix(text, s));
	const titles = titleMentions(text);
	const used = new Set<Span>();
	const items: { span: Span; title?: string; number?: string }[] = [];
	for (const t of titles) {
		const n = numbers.find((x) => x.start >= t.end && x.start - t.end <= 1 && /^[（(]?$/.test(text.slice(t.end, x.start)));
		if (n) {
			used.add(n);
			const close = /^[）)]/.test(text.slice(n.end)) ? 1 : 0;
			items.push({ span: { start: t.start, end: n.end + close, text: text.slice(t.start, n.end + close) }, title: t.text, number: n.text });
		} else items.push({ span: t, title: t.text });
	}
	for (const n of numbers) if (!used.has(n)) items.push({ span: n, number: n.text });

	const byNumber = (num: string) => {
		const c = canonicalDocNumber(num);
		if (!c) return undefined;
		if (canonicalDocNumber(targets.self.number) === c) return { doc: targets.self.slug };
		const d = targets.documents.find((x) => canonicalDocNumber(x.number) === c);
		if (d) return { doc: d.slug };
		const e = targets.external.find((x) => x.number && canonicalDocNumber(x.number) === c);
		return e ? { external: e.id } : undefined;
	};
	const byTitle = (title: string) => {
		const t = norm(title);
		const self = targets.self;
		if (titleForms(self).some((x) => norm(x) === t)) return { doc: self.slug };
		const att = self.attachments.find((a) => norm(a.title) === t || dice(a.title, t) >= 0.9);
		if (att) return self.clauseIds.has(`att${att.n}`) ? { doc: self.slug, clause: `att${att.n}` } : { doc: self.slug };
		const d = targets.documents.find((x) => titleForms(x).some((y) => norm(y) === t));
		if (d) return { doc: d.slug };
		const e = targets.external.find((x) => [x.title, ...x.aliases].some((y) => norm(y) === t));
		if (e) return { external: e.id };
		// A title quoted with a small difference of wording (一字之差) is still the same document; below 0.85 it is not.
		const fuzzy = [
			...targets.documents.flatMap((x) => [x.title, x.shortTitle].filter((y): y is string => Boolean(y)).map((y) => ({ y, r: { doc: x.slug } }))),
			...targets.external.flatMap((x) => [x.title, ...x.aliases].map((y) => ({ y, r: { external: x.id } as { doc?: string; external?: string } }))),
		]
			.map((c) => ({ ...c, s: dice(norm(c.y), t) }))
			.sort((a, b) => b.s - a.s)[0];
		return fuzzy && fuzzy.s >= 0.85 ? fuzzy.r : undefined;
	};

	let previous: { end: number; implements: boolean } | undefined;
	for (const it of items.sort((a, b) => a.span.start - b.span.start)) {
		let target = (it.number && byNumber(it.number)) || (it.title && byTitle(it.title));
		// 根据湘政函〔2023〕168号: the characters before the prefix are running text; try shorter prefixes.
		for (let k = 1; !target && !it.title && it.number && it.number.search(/[〔[［(（]/) - k >= 2; k++) {
			target = byNumber(it.number.slice(k));
			if (target) it.span = { start: it.span.start + k, end: it.span.end, text: it.span.text.slice(k) };
		}
		if (!target) {
			unresolved.push(it.span.text);
			continue;
		}
		const self = 'doc' in target && target.doc === targets.self.slug;
		// 为贯彻落实《A》和《B》: a title joined to the one before it shares its verb.
		const joined = previous?.implements && /^\s*(?:和|及|与|以及|、)\s*$/u.test(text.slice(previous.end, it.span.start));
		const relation = !self && (joined || IMPLEMENTS.test(text.slice(Math.max(0, it.span.start - 20), it.span.start))) ? 'implements' : 'cites';
		refs.push({ ...target, relation, quote: it.span.text });
		previous = { end: it.span.end, implements: relation === 'implements' };
	}
	for (const a of attachmentMentions(text)) {
		const n = Number(a.text.match(/\d+/)![0]);
		const clause = `att${n}`;
		refs.push({ doc: targets.self.slug, ...(targets.self.clauseIds.has(clause) ? { clause } : {}), relation: 'cites', quote: a.text });
	}
	return { refs: dedupe(refs), unresolved };
}

function dedupe(refs: Ref[]): Ref[] {
	const seen = new Set<string>();
	return refs.filter((r) => {
		const k = `${r.doc ?? r.external}/${r.clause ?? ''}/${r.quote}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/**
 * Annex rows that restate clauses of the body (82号's 重点任务分工: each row's 主要内容 opens with the title of the
 * clause it assigns): the phrases of `row` whose wording matches a clause title closely (character bigrams, ≥ 0.7).
 */
export function restatedClauses(row: string, clauses: { id: string; title?: string }[]): { id: string; quote: string }[] {
	const out: { id: string; quote: string }[] = [];
	for (const phrase of row.split(/[。；，,;\t]/).map((p) => p.trim()).filter((p) => p.length >= 4)) {
		const best = clauses
			.filter((c) => c.title && c.title.length >= 4)
			.map((c) => ({ id: c.id, s: dice(phrase, c.title!) }))
			.sort((a, b) => b.s - a.s)[0];
		if (best && best.s >= 0.7 && !out.some((o) => o.id === best.id)) out.push({ id: best.id, quote: phrase });
	}
	return out;
}
