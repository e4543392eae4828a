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

/** The MDX file for one clause skeleton: frontmatter with empty structured fields, verbatim body. */
export function clauseFile(doc: string, c: ClauseSkeleton): string {
	const front: Record<string, unknown> = { doc, label: c.label };
	if (c.title) front.title = c.title;
	if (c.parent) front.parent = c.parent;
	Object.assign(front, { kind: c.kind, order: c.order, obligations: [], targets: [], responsible: [], deadlines: [], topics: [], refs: [], quality: [] });
	return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${bodyToMdx(c.body)}\n`;
}
