import { z } from 'astro/zod';
import { CLAUSE_ID_RE, DOC_SLUG_RE } from '../schema/ids';
import { clauseSchema, type ClauseData } from '../schema/clause';
import { documentSchema, type DocumentData } from '../schema/document';
import { unitSchema, type UnitData } from '../schema/unit';
import { topicSchema, type TopicData } from '../schema/topic';
import { externalSchema, type ExternalData } from '../schema/external';
import { check, fieldPath, type ContentIssue } from './error-map';
import type { RawContent, RawClause, RawFile } from './read';
import { squash } from './noise';
import { datesIn, numbersIn } from './numbers';
import { lintMdx, readBody } from './lint';
import { hierarchyProblems } from '../corpus/hierarchy';
import { industryLayoutSchema, type IndustryLayout } from '../schema/industry-layout';
import { checkDataRules } from './rules';
import { ruleException, type RuleException } from '../schema/rule-exception';
import { lifecycleIssues } from './lifecycle-checks';

export interface ValidClause {
	file: string;
	doc: string;
	id: string;
	data: ClauseData;
	body: string;
	/** Plain verbatim text of the body. */
	text: string;
}

export interface ValidContent {
	documents: Map<string, DocumentData>;
	clauses: ValidClause[];
	units: Map<string, UnitData>;
	topics: Map<string, TopicData>;
	external: Map<string, ExternalData>;
	/** The 产业布局表 dataset, when present (count mismatches arrive as its `quality` flags). */
	industryLayout?: IndustryLayout;
	/** The reviewed exceptions to the data rules (content/rule-exceptions.yaml). */
	ruleExceptions: RuleException[];
}

/** The issue for a file the reader could not read. */
function fileIssue(f: RawFile): ContentIssue {
	return { file: f.file, line: f.errorLine, column: f.errorColumn, field: f.errorField ?? '(file)', message: f.error! };
}

/**
 * What is known to exist but is broken: references to it are not reported again (one cause, one message).
 * `whole` when the whole list could not be read.
 */
interface Broken {
	whole: boolean;
	ids: Set<string>;
}

function listed<T extends { id: string }>(raw: RawContent['units'], schema: z.ZodType<T>, issues: ContentIssue[], broken: Broken): Map<string, T> {
	const out = new Map<string, T>();
	if (raw.error) {
		issues.push(fileIssue(raw));
		broken.whole = true;
	}
	raw.data.forEach((item, i) => {
		const r = check(schema, item, raw.file, raw.lineOf, [i]);
		issues.push(...r.issues);
		if (!r.data) {
			const id = (item as { id?: unknown } | null)?.id;
			if (typeof id === 'string') broken.ids.add(id);
			return;
		}
		if (out.has(r.data.id)) issues.push({ file: raw.file, line: raw.lineOf([i, 'id']), field: `[${i}].id`, message: `duplicate id \`${r.data.id}\`: ids must be unique; rename one` });
		out.set(r.data.id, r.data);
	});
	return out;
}

/**
 * Unknown references, one message per unknown id: the first use is reported and later uses are listed in it
 * (a unit removed from units.yaml is one mistake, however many clauses name it).
 */
class UnknownRefs {
	private seen = new Map<string, { issue: ContentIssue; also: string[] }>();
	constructor(private issues: ContentIssue[]) {}
	report(key: string, issue: ContentIssue): void {
		const first = this.seen.get(key);
		if (first) first.also.push(`${issue.file}${issue.line ? `:${issue.line}` : ''}`);
		else {
			this.issues.push(issue);
			this.seen.set(key, { issue, also: [] });
		}
	}
	/** Append the other uses to each first message. */
	finish(): void {
		for (const { issue, also } of this.seen.values()) {
			if (!also.length) continue;
			const shown = also.slice(0, 5).join(', ');
			issue.message += ` (also used at ${shown}${also.length > 5 ? ` and ${also.length - 5} more place(s)` : ''})`;
		}
	}
}

/** Everything a clause is checked against. */
interface Context {
	documents: Map<string, DocumentData>;
	units: Map<string, UnitData>;
	topics: Map<string, TopicData>;
	external: Map<string, ExternalData>;
	ids: Set<string>;
	texts: Map<string, string>;
	broken: { documents: Broken; units: Broken; topics: Broken; external: Broken };
	unknown: UnknownRefs;
	/** Clauses per broken document, reported once as a consequence. */
	ofBrokenDocument: Map<string, number>;
}

const unknownUnit = (id: string) => `unknown unit or role \`${id}\`: use an id from content/units.yaml or add it there`;

const isKnown = (map: Map<string, unknown>, broken: Broken, id: string) => map.has(id) || broken.whole || broken.ids.has(id);

/** Does the quote occur in the text? White space is layout and is ignored on both sides. */
export function quoteIn(quote: string, text: string): boolean {
	return squash(text).includes(squash(quote));
}

function clauseChecks(c: RawClause, data: ClauseData, text: string, ctx: Context): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const at = (path: PropertyKey[], field: string, message: string) => issues.push({ file: c.file, line: c.lineOf(path), field, message });
	const unknownAt = (key: string, path: PropertyKey[], field: string, message: string) => ctx.unknown.report(key, { file: c.file, line: c.lineOf(path), field, message });
	const quote = (path: PropertyKey[], q: string) => {
		if (!quoteIn(q, text)) at(path, path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, ''), `"${q.slice(0, 40)}" is not in the clause text: copy the words exactly from the body below the frontmatter`);
	};
	const unit = (path: PropertyKey[], id: string) => {
		if (!isKnown(ctx.units, ctx.broken.units, id)) unknownAt(`unit:${id}`, path, fieldPath(path), unknownUnit(id));
	};
	if (!CLAUSE_ID_RE.test(c.id)) at([], '(file name)', `clause id \`${c.id}\` does not follow the id rule: name the file after the numbering path in Arabic numerals joined by \`-\` (e.g. \`2-1-3.mdx\`, \`att2-1-1.mdx\`, \`preamble.mdx\`)`);
	const docKnown = isKnown(ctx.documents, ctx.broken.documents, data.doc);
	if (data.doc !== c.folder) {
		// One typo, one message: a wrong slug is both "not the folder" and "unknown".
		if (docKnown) at(['doc'], 'doc', `is \`${data.doc}\` but the file is in content/clauses/${c.folder}/: they must agree`);
		else unknownAt(`doc:${data.doc}:${c.folder}`, ['doc'], 'doc', `unknown document \`${data.doc}\`: the file is in content/clauses/${c.folder}/, so \`doc\` should be \`${c.folder}\``);
	} else if (!ctx.documents.has(data.doc)) {
		if (docKnown) ctx.ofBrokenDocument.set(data.doc, (ctx.ofBrokenDocument.get(data.doc) ?? 0) + 1);
		else unknownAt(`doc:${data.doc}`, ['doc'], 'doc', `unknown document \`${data.doc}\`: add content/documents/${data.doc}.yaml or fix the slug`);
	}
	if (data.parent) {
		if (!ctx.ids.has(`${c.folder}/${data.parent}`)) at(['parent'], 'parent', `unknown clause \`${data.parent}\` in ${c.folder}: name an existing clause file`);
		else if (!c.id.startsWith(`${data.parent}-`)) at(['parent'], 'parent', `clause \`${c.id}\` is not numbered under \`${data.parent}\`: its id must start with \`${data.parent}-\``);
	}
	if (data.title && !quoteIn(data.title, text)) at(['title'], 'title', 'is not in the clause text: the title must be the heading or lead sentence, verbatim');
	data.obligations.forEach((o, i) => {
		o.actors.forEach((a, j) => unit(['obligations', i, 'actors', j], a));
		quote(['obligations', i, 'quote'], o.quote);
		if (o.period && !quoteIn(o.period.words, text)) at(['obligations', i, 'period', 'words'], `obligations[${i}].period.words`, `"${o.period.words}" is not in the clause text: a horizon must be stated by this clause`);
	});
	data.targets.forEach((t, i) => {
		quote(['targets', i, 'quote'], t.quote);
		if (t.period && !quoteIn(t.period.words, text)) at(['targets', i, 'period', 'words'], `targets[${i}].period.words`, `"${t.period.words}" is not in the clause text: a horizon must be stated by this clause, not inferred from another`);
		if (!numbersIn(t.quote).includes(t.value)) at(['targets', i, 'value'], `targets[${i}].value`, `${t.value} is not written in its quote "${t.quote}": quote the words that state the number`);
	});
	data.responsible.forEach((r, i) => {
		unit(['responsible', i, 'unit'], r.unit);
		if (!r.via) quote(['responsible', i, 'quote'], r.quote);
		else if (!ctx.ids.has(`${c.folder}/${r.via}`)) at(['responsible', i, 'via'], `responsible[${i}].via`, `unknown clause \`${r.via}\` in ${c.folder}`);
		// A clause that could not be read is reported on its own; its text is unknown, not wrong.
		else if (!ctx.texts.has(`${c.folder}/${r.via}`)) return;
		else if (!quoteIn(r.quote, ctx.texts.get(`${c.folder}/${r.via}`) ?? '')) at(['responsible', i, 'quote'], `responsible[${i}].quote`, `"${r.quote}" is not in clause ${r.via}: quote the unit as written there`);
	});
	data.deadlines.forEach((d, i) => {
		quote(['deadlines', i, 'quote'], d.quote);
		if (!datesIn(d.quote).includes(d.date)) at(['deadlines', i, 'date'], `deadlines[${i}].date`, `${d.date} is not the date written in its quote "${d.quote}"`);
		d.who.forEach((u, j) => unit(['deadlines', i, 'who', j], u));
		d.to.forEach((u, j) => unit(['deadlines', i, 'to', j], u));
	});
	data.topics.forEach((t, i) => {
		if (!isKnown(ctx.topics, ctx.broken.topics, t)) unknownAt(`topic:${t}`, ['topics', i], `topics[${i}]`, `unknown topic \`${t}\`: use an id from content/topics.yaml or add it there`);
	});
	data.refs.forEach((r, i) => {
		quote(['refs', i, 'quote'], r.quote);
		if (r.doc && !isKnown(ctx.documents, ctx.broken.documents, r.doc)) unknownAt(`doc:${r.doc}`, ['refs', i, 'doc'], `refs[${i}].doc`, `unknown document \`${r.doc}\`: use a slug from content/documents/`);
		if (r.doc && r.clause && !ctx.ids.has(`${r.doc}/${r.clause}`)) at(['refs', i, 'clause'], `refs[${i}].clause`, `unknown clause \`${r.clause}\` in ${r.doc}`);
		if (r.external && !isKnown(ctx.external, ctx.broken.external, r.external)) unknownAt(`external:${r.external}`, ['refs', i, 'external'], `refs[${i}].external`, `unknown external document \`${r.external}\`: add it to content/external.yaml`);
	});
	data.quality.forEach((q, i) => {
		if (q.quote) quote(['quality', i, 'quote'], q.quote);
	});
	return issues;
}

/**
 * The metadata fields that restate a printed line must agree with it: 主送, 公开方式 and the 发文字号 are
 * shown and exported from the fields, and the printed lines are what the fidelity test holds to the source.
 */
function printedChecks(d: RawContent['documents'][number], data: DocumentData): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const lines = (role: string) => data.printed.map((p, i) => ({ ...p, i })).filter((p) => p.role === role);
	const at = (path: PropertyKey[], field: string, message: string) => issues.push({ file: d.file, line: d.lineOf(path), field, message });
	const numbers = lines('number');
	const canon = (s: string) => squash(s).replace(/[[(（［]/g, '〔').replace(/[\])）］]/g, '〕');
	for (const n of numbers) if (canon(n.text) !== canon(data.number)) at(['printed', n.i, 'text'], `printed[${n.i}].text`, `is a \`number\` line but does not match number \`${data.number}\``);
	const addressees = lines('addressees');
	if (addressees.length && !addressees.some((a) => quoteIn(data.addressees, a.text))) at(['addressees'], 'addressees', 'is not in the printed `addressees` line: copy the 主送 from it');
	const disclosure = lines('disclosure');
	if (data.disclosure && disclosure.length && !disclosure.some((l) => l.text.includes(data.disclosure!))) at(['disclosure'], 'disclosure', `is \`${data.disclosure}\` but the printed \`disclosure\` line says otherwise`);
	if (!data.disclosure && disclosure.length) at(['disclosure'], 'disclosure', `is null but a printed line says \`${disclosure[0]!.text}\`: set it`);
	return issues;
}

/** Validate everything; the content is usable only when `issues` is empty. */
export function validateContent(raw: RawContent): { content: ValidContent; issues: ContentIssue[] } {
	// Entries under content/ that the reader does not read come first: they often explain what follows.
	const issues: ContentIssue[] = [...(raw.issues ?? [])];
	const none = (): Broken => ({ whole: false, ids: new Set() });
	const broken = { documents: none(), units: none(), topics: none(), external: none() };
	const unknown = new UnknownRefs(issues);

	const units = listed(raw.units, unitSchema, issues, broken.units);
	for (const p of hierarchyProblems([...units.values()])) {
		const i = raw.units.data.findIndex((u) => (u as { id?: unknown })?.id === p.id);
		issues.push({ file: raw.units.file, line: raw.units.lineOf([i, 'parents']), field: `[${i}].parents`, message: `${p.id}: ${p.problem}` });
	}
	const topics = listed(raw.topics, topicSchema, issues, broken.topics);
	const external = listed(raw.external, externalSchema, issues, broken.external);
	const ruleExceptions: RuleException[] = [];
	if (raw.ruleExceptions.error) issues.push(fileIssue(raw.ruleExceptions));
	raw.ruleExceptions.data.forEach((item, i) => {
		const r = check(ruleException, item, raw.ruleExceptions.file, raw.ruleExceptions.lineOf, [i]);
		issues.push(...r.issues);
		if (r.data) ruleExceptions.push(r.data);
	});
	const unitKnown = (id: string) => isKnown(units, broken.units, id);
	let industryLayout: IndustryLayout | undefined;
	if (raw.industryLayout) {
		if (raw.industryLayout.error) issues.push(fileIssue(raw.industryLayout));
		else {
			const r = check(industryLayoutSchema, raw.industryLayout.data, raw.industryLayout.file, raw.industryLayout.lineOf);
			issues.push(...r.issues);
			industryLayout = r.data;
		}
	}
	const documents = new Map<string, DocumentData>();
	for (const d of raw.documents) {
		if (!DOC_SLUG_RE.test(d.slug)) issues.push({ file: d.file, field: '(file name)', message: `document slug \`${d.slug}\` does not follow the rule: pinyin words, year and serial from the 发文字号, e.g. \`xiang-zheng-han-2023-168.yaml\`` });
		if (d.error) {
			issues.push(fileIssue(d));
			broken.documents.ids.add(d.slug);
			continue;
		}
		const r = check(documentSchema, d.data, d.file, d.lineOf);
		issues.push(...r.issues);
		if (!r.data) {
			broken.documents.ids.add(d.slug);
			continue;
		}
		const known = (path: PropertyKey[], id: string, field: string) => {
			if (!unitKnown(id)) unknown.report(`unit:${id}`, { file: d.file, line: d.lineOf(path), field, message: unknownUnit(id) });
		};
		r.data.issuers.forEach((u, i) => known(['issuers', i], u, `issuers[${i}]`));
		r.data.addresseeRoles.forEach((u, i) => known(['addresseeRoles', i], u, `addresseeRoles[${i}]`));
		if (r.data.date && Number(r.data.date.slice(0, 4)) !== r.data.year) issues.push({ file: d.file, line: d.lineOf(['year']), field: 'year', message: `is ${r.data.year} but date is ${r.data.date}` });
		issues.push(...printedChecks(d, r.data));
		documents.set(d.slug, r.data);
	}
	const ids = new Set(raw.clauses.map((c) => `${c.folder}/${c.id}`));
	// Plain texts of every readable clause, so a fact may quote another clause (an annex row) it points at.
	const texts = new Map<string, string>();
	const bodies = new Map<string, ReturnType<typeof readBody>>();
	for (const c of raw.clauses) {
		if (c.error) continue;
		try {
			const body = readBody(c.body);
			bodies.set(`${c.folder}/${c.id}`, body);
			if (body.text !== undefined) texts.set(`${c.folder}/${c.id}`, body.text);
		} catch {
			// reported below, with the clause
		}
	}
	const ctx: Context = { documents, units, topics, external, ids, texts, broken, unknown, ofBrokenDocument: new Map() };
	const clauses: ValidClause[] = [];
	const orders = new Map<string, string>();
	for (const c of raw.clauses) {
		if (c.error) {
			issues.push(fileIssue(c));
			continue;
		}
		const r = check(clauseSchema, c.data, c.file, c.lineOf);
		issues.push(...r.issues);
		if (!r.data) continue;
		const lint = bodies.get(`${c.folder}/${c.id}`)?.problems ?? lintMdx(c.body);
		if (lint.length) {
			for (const p of lint) issues.push({ file: c.file, line: c.bodyLine + p.line - 1, column: p.column, field: '(body)', message: p.message });
			continue;
		}
		const text = texts.get(`${c.folder}/${c.id}`);
		if (text === undefined) {
			issues.push({ file: c.file, line: c.bodyLine, field: '(body)', message: 'could not be turned into text: this is a bug in the reader, please report it with this file' });
			continue;
		}
		if (!text.trim() && r.data.kind !== 'attachment' && !r.data.quality.some((q) => q.kind === 'truncated' || q.kind === 'missing-attachment')) issues.push({ file: c.file, line: c.bodyLine, field: '(body)', message: 'is empty: the clause text goes below the frontmatter (an item that is empty in the source needs a `truncated` quality flag)' });
		issues.push(...clauseChecks(c, r.data, text, ctx));
		const key = `${c.folder}#${r.data.order}`;
		if (orders.has(key)) issues.push({ file: c.file, line: c.lineOf(['order']), field: 'order', message: `duplicate order ${r.data.order}: also used by ${orders.get(key)}` });
		orders.set(key, c.file);
		clauses.push({ file: c.file, doc: c.folder, id: c.id, data: r.data, body: c.body, text });
	}
	for (const [slug, n] of ctx.ofBrokenDocument) {
		const file = raw.documents.find((d) => d.slug === slug)?.file.replace(/^.*\//, '') ?? `${slug}.yaml`;
		issues.push({ file: `content/clauses/${slug}/`, field: 'doc', message: `document ${file} is invalid (see above): its ${n} clause(s) are not published until it is fixed`, consequence: true });
	}
	for (const [list, b] of [['units', broken.units], ['topics', broken.topics], ['external', broken.external]] as const) {
		if (b.whole) issues.push({ file: `content/${list}.yaml`, field: '(file)', message: `is unreadable (see above), so references to its ids were not checked`, consequence: true });
	}
	for (const d of raw.documents) {
		const data = documents.get(d.slug);
		const listedLines = data?.printed.filter((p) => p.role === 'attachments').map((p) => p.text).join('\n') ?? '';
		data?.attachments.forEach((a, i) => {
			const clause = `${d.slug}/att${a.n}`;
			// An attachment clause that could not be read is reported on its own.
			if (ids.has(clause) && !texts.has(clause)) return;
			if (!quoteIn(a.title, listedLines) && !quoteIn(a.title, texts.get(clause) ?? '')) issues.push({ file: d.file, line: d.lineOf(['attachments', i, 'title']), field: `attachments[${i}].title`, message: `"${a.title}" is neither in a printed \`attachments\` line nor in clause att${a.n}: copy the title as printed` });
		});
	}
	issues.push(...lifecycleIssues(raw, { documents, external, texts }, clauses));
	for (const slug of documents.keys()) if (DOC_SLUG_RE.test(slug) && !raw.clauses.some((c) => c.folder === slug)) issues.push({ file: `content/documents/${slug}.yaml`, field: '(document)', message: `has no clauses: run \`npm run ingest -- sources/<file>.txt --slug ${slug}\`` });
	unknown.finish();
	clauses.sort((a, b) => (a.doc === b.doc ? a.data.order - b.data.order : (documents.get(a.doc)?.order ?? 0) - (documents.get(b.doc)?.order ?? 0)));
	const content: ValidContent = { documents, clauses, units, topics, external, industryLayout, ruleExceptions };
	// Data rules over the whole corpus (src/lib/content/rules/) judge content that passed everything above: on content
	// with a problem they would only repeat its consequences (one cause, one message).
	if (!issues.length) issues.push(...checkDataRules({ documents, clauses, units, ruleExceptions }, raw));
	return { content, issues };
}

/** The number of causes among issues: lines that only follow from another ("see above") are not counted. */
export function causeCount(issues: ContentIssue[]): number {
	return issues.filter((i) => !i.consequence).length;
}
