import type { ClauseData } from '../schema/clause';
import type { DocumentData } from '../schema/document';
import type { ExternalData } from '../schema/external';
import type { UnitData } from '../schema/unit';
import type { Obligation } from '../schema/obligation';
import type { Target } from '../schema/target';
import type { FormLimit } from '../schema/form-limit';
import type { Deadline } from '../schema/deadline';
import type { Responsible } from '../schema/responsible';
import type { Ref } from '../schema/ref';
import type { QualityFlag } from '../schema/quality';
import { quoteIn } from '../content/validate';
import { datesIn, numbersIn } from '../content/numbers';
import { mdxToPlain } from '../content/mdx-text';
import { paragraphsOf } from './paragraphs';
import { structure, type ClauseSkeleton, type Unplaced } from './structure';
import { guessKinds } from './kinds';
import { bodyToMdx } from './render';
import { slugFromNumber } from './slug';
import { actorIndex, type ActorIndex } from './extract/actors';
import { extractMetadata, findBodyStart, type UnknownName } from './extract/metadata';
import { extractObligations } from './extract/obligations';
import { extractTargets } from './extract/targets';
import { extractDeadlines } from './extract/deadlines';
import { RESPONSIBLE_HEADER, extractResponsible, parseUnitList, tableUnits } from './extract/responsible';
import { extractRefs, restatedClauses, type RefDocument } from './extract/refs';
import { extractQuality } from './extract/quality';
import { extractFormLimits } from './extract/form-limits';
import { extractLifecycle } from './extract/lifecycle';
import { conformToRules } from './conform';

export const FACT_KINDS = ['obligations', 'targets', 'formLimits', 'deadlines', 'responsible', 'refs', 'quality'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface ClauseFacts {
	obligations: Obligation[];
	targets: Target[];
	formLimits: FormLimit[];
	deadlines: Deadline[];
	responsible: Responsible[];
	refs: Ref[];
	quality: QualityFlag[];
}

export interface DraftClause extends ClauseSkeleton {
	facts: ClauseFacts;
}

/** What the corpus already holds: the vocabularies facts resolve against. */
export interface DraftCorpus {
	units: UnitData[];
	external: ExternalData[];
	documents: { slug: string; data: Pick<DocumentData, 'number' | 'title' | 'shortTitle' | 'order'> }[];
}

export interface DraftOptions {
	/** File name in sources/. */
	sourceFile: string;
	/** Overrides the slug made from the 发文字号. */
	slug?: string;
	/** Issuers to use when the text names none the tool can resolve. */
	issuers?: string[];
	/** The day of the `added` change entry (YYYY-MM-DD); default today. */
	today?: string;
}

export interface DraftSummary {
	clauses: number;
	facts: Record<FactKind, number>;
	/** Paragraphs, names and references the tool could not place, each with its source line. */
	unplaced: { line: number; text: string; reason: string }[];
	/** What the person must decide before the draft validates (no 发文字号, no issuer…). */
	blocking: string[];
}

export interface Draft {
	slug: string | null;
	/** The document YAML's fields (input form: defaults may be absent). */
	document: Record<string, unknown>;
	clauses: DraftClause[];
	summary: DraftSummary;
}

const NO_FACTS = new Set(['section', 'signature']);

/** The text validation will see for a clause body (the rendered MDX back to plain text). */
const plainText = (c: ClauseSkeleton) => mdxToPlain(bodyToMdx(c.body));

/** The text the extractors read: a table row without the header it repeats. */
const extractionText = (c: ClauseSkeleton) => (c.kind === 'table-row' ? c.body.slice(1) : c.body).join('\n');

/** Source line of the paragraph holding `words`, or the clause's first line. */
function lineOf(c: ClauseSkeleton, words: string): number {
	const i = c.body.findIndex((p) => quoteIn(words, p));
	return c.lines[i] ?? c.line;
}

/**
 * Draft a whole document from a source text: structure (clauses), metadata (the document YAML) and proposed
 * facts for every clause. Pure: it reads nothing from disk; `scripts/ingest.ts` writes the result.
 */
export function draftDocument(source: string, corpus: DraftCorpus, opts: DraftOptions): Draft {
	const paragraphs = paragraphsOf(source);
	const s = structure(paragraphs, findBodyStart(paragraphs));
	const unplaced: DraftSummary['unplaced'] = s.unplaced.map((u: Unplaced) => ({ line: u.line, text: u.paragraph.slice(0, 40), reason: u.reason }));
	const blocking: string[] = [];

	const plainActors = actorIndex(corpus.units, []);
	const meta = extractMetadata(s, plainActors);
	const issuers = opts.issuers?.length ? opts.issuers : meta.issuers;
	const actors: ActorIndex = actorIndex(corpus.units, issuers);
	const heading = s.printed.find((p) => p.role === 'heading')?.text;
	guessKinds(s.clauses, heading ?? meta.title ?? undefined);

	const slug = opts.slug ?? (meta.number ? slugFromNumber(meta.number) : null);
	if (!meta.number) blocking.push('no 发文字号 found in the text: `number` is required (edit the document YAML)');
	if (!slug) blocking.push('no slug: give --slug (pinyin words, year and serial, e.g. xiang-jiao-tong-2024-23)');
	if (!issuers.length) blocking.push('no issuer found in the letterhead, title or signature: give --issuer <unit id> (see content/units.yaml)');
	for (const u of meta.unknown) unplaced.push({ line: u.line, text: u.name, reason: `${u.where}: not in content/units.yaml (add it there with its aliases if it is a unit)` });

	const self = slug ?? 'unknown-0000-0';
	const clauseIds = new Set(s.clauses.map((c) => c.id));
	const documents: RefDocument[] = corpus.documents.filter((d) => d.slug !== self).map((d) => ({ slug: d.slug, number: d.data.number, title: d.data.title, shortTitle: d.data.shortTitle }));
	const refTargets = { self: { slug: self, number: meta.number ?? '', title: meta.title ?? '', shortTitle: meta.shortTitle, attachments: meta.attachments, clauseIds }, documents, external: corpus.external };
	const defaultActors = meta.addresseeRoles.length ? meta.addresseeRoles : issuers;
	const hasChildren = new Set(s.clauses.map((c) => c.parent).filter(Boolean));

	const byId = new Map(s.clauses.map((c) => [c.id, c]));
	const inForm = (c: ClauseSkeleton): boolean => c.kind === 'form' || (c.parent !== undefined && byId.has(c.parent) && inForm(byId.get(c.parent)!));

	const clauses: DraftClause[] = s.clauses.map((c) => {
		const facts: ClauseFacts = { obligations: [], targets: [], formLimits: [], deadlines: [], responsible: [], refs: [], quality: [] };
		if (NO_FACTS.has(c.kind)) return { ...c, facts };
		const text = extractionText(c);
		const refs = extractRefs(text, refTargets);
		facts.refs = refs.refs;
		for (const r of refs.unresolved) unplaced.push({ line: lineOf(c, r), text: r, reason: `${c.id}: reference to a document not in the corpus nor in content/external.yaml (add it there, then a ref)` });
		facts.targets = extractTargets(text);
		// Layout rules and cut-offs of forms and annexes (a 推荐书 may run on inside the annex before it, when its 附件
		// line is missing); length limits among the targets move to formLimits in conformToRules, by the rules' test.
		if (inForm(c) || c.id.startsWith('att')) facts.formLimits = extractFormLimits(text);
		if (c.kind === 'attachment' || c.kind === 'form') {
			const table = tableUnits(c.body, actors);
			facts.responsible = table.units;
			for (const n of table.unknown) unplaced.push({ line: lineOf(c, n), text: n, reason: `${c.id}: unit not in content/units.yaml` });
			return { ...c, facts };
		}
		facts.deadlines = extractDeadlines(text, actors);
		if (c.kind === 'table-row' && c.header) {
			const head = c.header.split('\t');
			const cells = c.body.at(-1)!.split('\t');
			head.forEach((h, i) => {
				const name = h.replace(/\s+/g, '');
				if (!RESPONSIBLE_HEADER.test(name) || !cells[i]) return;
				const list = parseUnitList(cells[i]!, actors, /配合|协办/.test(name));
				facts.responsible.push(...list.units);
				for (const n of list.unknown) unplaced.push({ line: c.line, text: n, reason: `${c.id} ${name}: not in content/units.yaml` });
			});
		} else {
			const list = extractResponsible(text, actors);
			const table = tableUnits(c.body, actors);
			facts.responsible = [...list.units, ...table.units.filter((u) => !list.units.some((x) => x.unit === u.unit))];
			for (const n of [...list.unknown, ...table.unknown]) unplaced.push({ line: lineOf(c, n), text: n, reason: `${c.id}: unit not in content/units.yaml` });
			const request = c.kind === 'preamble';
			facts.obligations = extractObligations(text, { actors, defaultActors: request ? meta.addresseeRoles : defaultActors }, { skipFirst: c.style === 'cn-article' ? undefined : c.title, onlyRequests: request });
		}
		return { ...c, facts };
	});

	// Annex rows that restate body clauses (82号's 重点任务分工) carry their 责任单位 to those clauses (`via`).
	const body = clauses.filter((c) => !c.id.startsWith('att') && c.kind !== 'section' && c.title);
	for (const row of clauses.filter((c) => c.kind === 'table-row' && c.facts.responsible.length)) {
		const cells = row.body.at(-1)!.split('\t');
		const head = (row.header ?? '').split('\t').map((h) => h.replace(/\s+/g, ''));
		const col = head.findIndex((h) => /内容|事项/.test(h));
		const content = col >= 0 ? (cells[col] ?? '') : ([...cells].filter((_, i) => !RESPONSIBLE_HEADER.test(head[i] ?? '')).sort((a, b) => b.length - a.length)[0] ?? '');
		for (const m of restatedClauses(content, body)) {
			row.facts.refs.push({ doc: self, clause: m.id, relation: 'restates', quote: m.quote });
			const target = clauses.find((c) => c.id === m.id)!;
			for (const r of row.facts.responsible) if (!target.facts.responsible.some((x) => x.unit === r.unit)) target.facts.responsible.push({ ...r, via: row.id });
		}
	}

	const flags = extractQuality(clauses.map((c) => ({ id: c.id, kind: c.kind, label: c.label, title: c.title, body: c.body, hasChildren: hasChildren.has(c.id), header: c.header, parent: c.parent })));
	for (const c of clauses) c.facts.quality.push(...(flags.get(c.id) ?? []));

	// The same checks validation makes, so the draft validates with no hand edit: a fact that fails is dropped and reported.
	for (const c of clauses) {
		const text = plainText(c);
		const rowTexts = new Map(clauses.map((x) => [x.id, x]));
		const keep = <T extends { quote?: string }>(kind: FactKind, list: T[], ok: (f: T) => boolean): T[] =>
			list.filter((f) => {
				if (ok(f)) return true;
				unplaced.push({ line: c.line, text: f.quote ?? '', reason: `${c.id}: proposed ${kind} failed the quote check and was left out` });
				return false;
			});
		c.facts.obligations = keep('obligations', c.facts.obligations, (o) => quoteIn(o.quote, text) && (!o.period || quoteIn(o.period.words, text)));
		c.facts.targets = keep('targets', c.facts.targets, (t) => quoteIn(t.quote, text) && numbersIn(t.quote).includes(t.value) && (!t.period || quoteIn(t.period.words, text)));
		c.facts.formLimits = keep('formLimits', c.facts.formLimits, (f) => quoteIn(f.quote, text) && (f.value === undefined || numbersIn(f.quote).includes(f.value)));
		c.facts.deadlines = keep('deadlines', c.facts.deadlines, (d) => quoteIn(d.quote, text) && datesIn(d.quote).includes(d.date));
		c.facts.responsible = keep('responsible', c.facts.responsible, (r) => (r.via ? quoteIn(r.quote, plainText(rowTexts.get(r.via)!)) : quoteIn(r.quote, text)));
		c.facts.refs = keep('refs', c.facts.refs, (r) => quoteIn(r.quote, text) && (!r.clause || clauseIds.has(r.clause)));
		c.facts.quality = keep('quality', c.facts.quality, (q) => !q.quote || quoteIn(q.quote, text));
	}

	// The data rules (src/lib/content/rules/) judge the draft as they judge curated content: conform to them.
	const texts = new Map(clauses.map((c) => [c.id, plainText(c)]));
	const dropped = conformToRules(self, { issuers, addresseeRoles: meta.addresseeRoles }, clauses.map((c) => ({ id: c.id, label: c.label, title: c.title, parent: c.parent, kind: c.kind, order: c.order, text: texts.get(c.id)!, facts: c.facts })), corpus.units);
	const lineById = new Map(clauses.map((c) => [c.id, c]));
	for (const d of dropped) unplaced.push({ line: lineOf(lineById.get(d.clause)!, d.quote), text: d.quote.slice(0, 40), reason: `${d.clause}: proposed ${d.kind} left out: ${d.reason}` });

	const year = meta.year ?? 0;
	const order = Math.max(-1, ...corpus.documents.map((d) => d.data.order)) + 1;
	const printedLines = meta.printed.map(({ role, text }) => ({ role, text }));
	const lifecycle = extractLifecycle(printedLines, clauses.map((c) => ({ id: c.id, kind: c.kind, title: c.title, text: texts.get(c.id)!, refs: c.facts.refs })), self);
	const document: Record<string, unknown> = {
		number: meta.number ?? '',
		title: meta.title ?? `${meta.number ?? ''}（标题原文未载）`,
		titleSource: meta.title ? 'text' : 'supplied',
		...(meta.shortTitle ? { shortTitle: meta.shortTitle } : {}),
		issuers,
		addressees: meta.addressees ?? '原文未载',
		addresseeRoles: meta.addresseeRoles,
		date: meta.date,
		...(meta.date ? {} : { dateNote: `成文日期原文未载${meta.year ? `；年份据发文字号为${meta.year}年` : ''}。` }),
		year,
		disclosure: meta.disclosure,
		sourceFile: opts.sourceFile,
		attachments: meta.attachments,
		printed: printedLines,
		quality: meta.quality.map((q) => ({ ...q, review: 'proposed' })),
		order,
		lifecycle,
		// A new document is a change the change-log gate (src/lib/content/change-log.ts) must see logged.
		changes: [{ date: opts.today ?? new Date().toISOString().slice(0, 10), kind: 'added', what: '收录全文（逐条原文）；结构化数据由程序从原文起草，标为“待人工核对”。', reason: '新收录文件（npm run ingest）。' }],
	};
	if (!meta.addressees) unplaced.push({ line: s.front[0]?.line ?? 1, text: '主送', reason: 'no addressee line (各…：) found: `addressees` says 原文未载' });
	if (!meta.date) unplaced.push({ line: s.clauses.find((c) => c.kind === 'signature')?.line ?? 1, text: '成文日期', reason: 'no date found: `date` is null with a dateNote' });
	if (!meta.title) unplaced.push({ line: 1, text: '标题', reason: 'no title line: the title is marked supplied; write the published title in' });

	const facts = Object.fromEntries(FACT_KINDS.map((k) => [k, clauses.reduce((n, c) => n + c.facts[k].length, 0)])) as Record<FactKind, number>;
	unplaced.sort((a, b) => a.line - b.line);
	return { slug, document, clauses, summary: { clauses: clauses.length, facts, unplaced, blocking } };
}

/** The clause frontmatter fields a draft writes (every fact marked `review: proposed`). */
export function clauseFrontmatter(doc: string, c: DraftClause): Record<string, unknown> & Pick<ClauseData, 'kind' | 'order'> {
	const proposed = <T extends object>(list: T[]) => list.map((f) => ({ ...f, review: 'proposed' as const }));
	return {
		doc,
		label: c.label,
		...(c.title ? { title: c.title } : {}),
		...(c.parent ? { parent: c.parent } : {}),
		kind: c.kind,
		order: c.order,
		obligations: proposed(c.facts.obligations),
		targets: proposed(c.facts.targets),
		formLimits: proposed(c.facts.formLimits),
		responsible: proposed(c.facts.responsible),
		deadlines: proposed(c.facts.deadlines),
		topics: [],
		refs: proposed(c.facts.refs),
		quality: proposed(c.facts.quality),
	};
}
