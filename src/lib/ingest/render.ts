import { stringify } from 'yaml';
import { escapeMdx, tsvToTable } from '../content/mdx-text';
import type { ClauseSkeleton } from './structure';

/** Group consecutive tab-separated paragraphs into GFM tables; other paragraphs are escaped text. */
export function bodyToMdx(paragraphs: string[]): string {
	const blocks: string[] = [];
	let rows: string[][] = [];
	const flush = () => {
		if (rows.length) blocks.push(tsvToTable(rows));
		rows = [];
	};
	for (const p of paragraphs) {
		if (p.includes('\t')) rows.push(p.split('\t').map((c) => c.trim()));
		else {
			flush();
			blocks.push(escapeMdx(p));
		}
	}
	flush();
	return blocks.join('\n\n');
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** An MDX clause file: the frontmatter as given, then the verbatim body. */
export function mdxFile(front: Record<string, unknown>, body: string[]): string {
	return `---\n${yaml(front)}---\n\n${bodyToMdx(body)}\n`;
}

/** The MDX file for one clause skeleton: frontmatter with empty structured fields, verbatim body. */
export function clauseFile(doc: string, c: ClauseSkeleton): string {
	const front: Record<string, unknown> = { doc, label: c.label };
	if (c.title) front.title = c.title;
	if (c.parent) front.parent = c.parent;
	Object.assign(front, { kind: c.kind, order: c.order, obligations: [], targets: [], responsible: [], deadlines: [], topics: [], refs: [], quality: [] });
	return mdxFile(front, c.body);
}

/** A document YAML file, with a header comment that says it is a draft to review. */
export function documentFile(doc: Record<string, unknown>): string {
	return `# Drafted by \`npm run ingest\`: check every field against the source, then \`npm run review -- <slug>\`.\n${yaml(doc)}`;
}
