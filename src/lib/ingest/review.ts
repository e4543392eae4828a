import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';
import { splitFrontmatter } from '../content/read';
import { REVIEWED_FACTS, type ReviewedFact } from '../schema/review';

/** The fact lists a clause file carries that may hold proposed facts; a document file has `quality` only. */
export const REVIEW_KINDS = REVIEWED_FACTS;
export type ReviewKind = ReviewedFact;

/** One proposed fact, addressed by a key that stays the same until the file changes: `2-1-3:targets.0`, `doc:quality.1`. */
export interface ProposedFact {
	key: string;
	/** Clause id, or `doc` for the document file. */
	clause: string;
	kind: ReviewKind;
	index: number;
	fact: Record<string, unknown>;
}

export type Decision = 'accept' | 'drop';

/** A file under review: its YAML parsed with the `yaml` Document API, so that edits keep the rest as it was. */
interface Parsed {
	doc: Document;
	/** Text before and after the YAML (the `---` lines and the MDX body), kept byte for byte. */
	before: string;
	after: string;
}

function parse(text: string, isClause: boolean): Parsed {
	if (!isClause) return { doc: parseDocument(text), before: '', after: '' };
	const parts = splitFrontmatter(text);
	if (!parts) throw new Error('has no frontmatter');
	const end = text.replace(/\r\n?/g, '\n').indexOf('\n---', 4);
	return { doc: parseDocument(parts.yaml), before: '---\n', after: text.replace(/\r\n?/g, '\n').slice(end + 1) };
}

/** Proposed facts of one file (a clause's MDX, or a document's YAML with `clause` = `doc`). */
export function proposedFacts(text: string, clause: string): ProposedFact[] {
	const { doc } = parse(text, clause !== 'doc');
	const out: ProposedFact[] = [];
	for (const kind of clause === 'doc' ? (['quality'] as const) : REVIEW_KINDS) {
		const seq = doc.get(kind);
		if (!isSeq(seq)) continue;
		seq.items.forEach((item, index) => {
			if (isMap(item) && item.get('review') === 'proposed') out.push({ key: `${clause}:${kind}.${index}`, clause, kind, index, fact: (item as YAMLMap).toJSON() as Record<string, unknown> });
		});
	}
	return out;
}

/**
 * Apply decisions to one file: accept removes `review: proposed` (the fact becomes curated), drop removes the fact.
 * Everything else in the file (other fields, comments, the clause text) is kept as it was.
 */
export function applyDecisions(text: string, clause: string, decisions: Map<string, Decision>): string {
	const isClause = clause !== 'doc';
	const { doc, before, after } = parse(text, isClause);
	for (const kind of REVIEW_KINDS) {
		const seq = doc.get(kind);
		if (!isSeq(seq)) continue;
		// Drop from the end so that the indexes of the keys still point at their facts.
		for (let index = seq.items.length - 1; index >= 0; index--) {
			const d = decisions.get(`${clause}:${kind}.${index}`);
			const item = seq.items[index];
			if (!d || !isMap(item) || item.get('review') !== 'proposed') continue;
			if (d === 'drop') seq.items.splice(index, 1);
			else item.delete('review');
		}
	}
	// Write the YAML back in the file's own style (block lists indented or not, no padding inside [a, b]).
	const source = isClause ? (splitFrontmatter(text)?.yaml ?? '') : text;
	const indentSeq = !/^[^\s#][^\n]*:\n- /m.test(source);
	const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq });
	return isClause ? `${before}${yaml}${after}` : yaml;
}

/** A one-line account of a fact for the list: what it says, without the quote. */
export function describe(p: ProposedFact): string {
	const f = p.fact as Record<string, unknown> & { actors?: string[]; who?: string[] };
	switch (p.kind) {
		case 'obligations':
			return `${(f.actors ?? []).join(', ')} · ${f.modality} · ${f.action}`;
		case 'targets':
			return `${f.subject}: ${f.comparator === 'at-least' ? '≥' : f.comparator === 'at-most' ? '≤' : ''}${f.value}${f.unit}${f.approx ? '左右' : ''}${f.period ? ` (${(f.period as { words: string }).words})` : ''}`;
		case 'formLimits':
			return `${f.field}: ${f.kind}${f.value !== undefined ? ` ${f.comparator === 'at-most' ? '≤' : f.comparator === 'at-least' ? '≥' : ''}${f.value}${f.unit ?? ''}` : ''}`;
		case 'deadlines':
			return `${f.date} · ${f.what}${f.who?.length ? ` · ${f.who.join(', ')}` : ''}`;
		case 'responsible':
			return `${f.unit} (${f.role})${f.via ? ` via ${f.via}` : ''}`;
		case 'refs':
			return `${f.relation} → ${f.external ?? `${f.doc}${f.clause ? `/${f.clause}` : ''}`}`;
		case 'quality':
			return `${f.kind}: ${f.note}`;
	}
}

/**
 * Which facts a selector names: `all`, a fact kind (`targets`), a clause id (`2-1-3`, every fact of it), or a key
 * (`2-1-3:targets.0`). Unknown selectors are returned so the command can say so.
 */
export function select(facts: ProposedFact[], selectors: string[]): { chosen: ProposedFact[]; unknown: string[] } {
	const chosen = new Set<ProposedFact>();
	const unknown: string[] = [];
	for (const s of selectors.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean)) {
		const hit = facts.filter((f) => s === 'all' || f.kind === s || f.clause === s || f.key === s);
		if (!hit.length && !(REVIEW_KINDS as readonly string[]).includes(s) && s !== 'all') unknown.push(s);
		for (const f of hit) chosen.add(f);
	}
	return { chosen: facts.filter((f) => chosen.has(f)), unknown };
}
