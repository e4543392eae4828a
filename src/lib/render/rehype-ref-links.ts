import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { docNumberSource, looseSource, parseDocNumber } from '../citations/ref-mentions';

/**
 * rehype plugin: turn explicit references in a clause's verbatim text into links.
 *
 * It links exactly the words curated in the clause's frontmatter `refs` (each `quote` → its target), and,
 * as a safety net, any 发文字号 of a known document that no curated quote covers. Text is never changed,
 * only wrapped: the page still shows the verbatim words. Curated quotes that could not be found (e.g. split
 * across table cells) are reported in `file.data.refLinks.missing`, which the content tests check is empty.
 */

export interface RefTarget {
	href: string;
	/** Tooltip: what the link points at (“重申：湘政办发〔2018〕82号 第4条”). */
	title?: string;
	/** cites | implements | restates, for styling. */
	relation?: string;
}

/** A curated reference as it appears in frontmatter (doc/clause/external + relation + quote). */
export interface FrontmatterRef {
	doc?: string;
	clause?: string;
	external?: string;
	relation?: string;
	quote: string;
}

export interface RefLinkOptions {
	/** Where a curated reference points. */
	resolve: (ref: FrontmatterRef) => RefTarget | undefined;
	/** Known 发文字号 (corpus and external documents) and where they point. */
	numbers: { number: string; target: RefTarget }[];
}

export interface RefLinkReport {
	linked: { quote: string; href: string; curated: boolean }[];
	missing: string[];
}

interface Pattern {
	re: RegExp;
	target: RefTarget;
	curated: boolean;
	/** Curated quotes are linked once (their first occurrence); 发文字号 wherever they occur. */
	done: boolean;
	quote: string;
}

interface Hit {
	start: number;
	end: number;
	p: Pattern;
}

const SKIP = new Set(['a', 'code', 'pre', 'script', 'style']);

function frontmatterRefs(file: VFile): FrontmatterRef[] {
	const fm = (file.data as { astro?: { frontmatter?: { refs?: unknown } } }).astro?.frontmatter;
	return Array.isArray(fm?.refs) ? (fm.refs as FrontmatterRef[]).filter((r) => r && typeof r.quote === 'string') : [];
}

/** Adjacent text nodes are one run of text for matching (MDX escapes can split them). */
function mergeTexts(children: ElementContent[] | RootContent[]): void {
	for (let i = children.length - 1; i > 0; i--) {
		const a = children[i - 1]!;
		const b = children[i]!;
		if (a.type === 'text' && b.type === 'text') {
			a.value += b.value;
			children.splice(i, 1);
		}
	}
}

/** Earliest matches first; at the same place curated quotes win, then the longer match. */
function pickHits(value: string, patterns: Pattern[]): Hit[] {
	const hits: Hit[] = [];
	for (const p of patterns) {
		if (p.done) continue;
		p.re.lastIndex = 0;
		for (const m of value.matchAll(p.re)) {
			hits.push({ start: m.index, end: m.index + m[0].length, p });
			if (p.curated) break;
		}
	}
	hits.sort((a, b) => a.start - b.start || Number(b.p.curated) - Number(a.p.curated) || b.end - a.end);
	const out: Hit[] = [];
	let at = 0;
	for (const h of hits) {
		if (h.start < at || (h.p.curated && h.p.done)) continue;
		out.push(h);
		at = h.end;
		if (h.p.curated) h.p.done = true;
	}
	return out;
}

function link(value: string, t: RefTarget): Element {
	const properties: Element['properties'] = { href: t.href, className: ['ref-link'] };
	if (t.title) properties.title = t.title;
	if (t.relation) properties.dataRelation = t.relation;
	return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value }] };
}

function walk(node: Root | Element, patterns: Pattern[], report: RefLinkReport): void {
	mergeTexts(node.children);
	const out: (ElementContent | RootContent)[] = [];
	for (const child of node.children) {
		if (child.type === 'element') {
			if (!SKIP.has(child.tagName)) walk(child, patterns, report);
			out.push(child);
			continue;
		}
		if (child.type !== 'text') {
			out.push(child);
			continue;
		}
		const hits = pickHits(child.value, patterns);
		let at = 0;
		for (const h of hits) {
			if (h.start > at) out.push({ type: 'text', value: child.value.slice(at, h.start) } satisfies Text);
			const words = child.value.slice(h.start, h.end);
			out.push(link(words, h.p.target));
			report.linked.push({ quote: words, href: h.p.target.href, curated: h.p.curated });
			at = h.end;
		}
		if (at === 0) out.push(child);
		else if (at < child.value.length) out.push({ type: 'text', value: child.value.slice(at) });
	}
	node.children = out as typeof node.children;
}

/** The text of a tree, to see which 发文字号 it could contain. */
function treeText(node: Root | ElementContent | RootContent): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(treeText).join('') : '';
}

export function rehypeRefLinks(options: RefLinkOptions) {
	// Every known 发文字号 is compiled once, and a clause tries only those whose serial number it contains: with a
	// thousand documents, trying every number on every clause would dominate the build.
	const bySerial = new Map<string, Pattern[]>();
	for (const n of options.numbers) {
		const serial = parseDocNumber(n.number)?.serial;
		if (serial === undefined) continue;
		const p: Pattern = { re: new RegExp(docNumberSource(n.number), 'gu'), target: n.target, curated: false, done: false, quote: n.number };
		(bySerial.get(String(serial)) ?? bySerial.set(String(serial), []).get(String(serial))!).push(p);
	}
	return (tree: Root, file: VFile): void => {
		const report: RefLinkReport = { linked: [], missing: [] };
		const curated = frontmatterRefs(file).map((r) => {
			const target = options.resolve(r);
			return { quote: r.quote, pattern: target && ({ re: new RegExp(looseSource(r.quote), 'gu'), target, curated: true, done: false, quote: r.quote } satisfies Pattern) };
		});
		const serials = new Set([...treeText(tree).matchAll(/(\d+)\s*号/g)].map((m) => String(Number(m[1]))));
		const patterns: Pattern[] = [...curated.flatMap((c) => (c.pattern ? [c.pattern] : [])), ...[...serials].flatMap((s) => bySerial.get(s) ?? [])];
		if (patterns.length) walk(tree, patterns, report);
		report.missing = curated.filter((c) => !c.pattern?.done).map((c) => c.quote);
		(file.data as { refLinks?: RefLinkReport }).refLinks = report;
	};
}
