import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clauseFrontmatter, type Draft } from './draft';
import { documentFile, mdxFile } from './render';

export interface Written {
	/** Paths written, and paths kept because they existed. */
	written: string[];
	kept: string[];
	/** Where the source now is in sources/, when it was copied there. */
	copied?: string;
}

/**
 * Write a draft under `root`: the document YAML, one MDX file per clause, and the source into sources/ when it is
 * elsewhere. A file that exists is never written over. Throws (before writing anything) when sources/ already holds
 * a different text under the same name.
 */
export function writeDraft(root: string, draft: Draft & { slug: string }, source: { path: string; text: string; file: string }): Written {
	const out: Written = { written: [], kept: [] };
	const kept = join(root, 'sources', source.file);
	if (resolve(source.path) !== resolve(kept) && existsSync(kept) && readFileSync(kept, 'utf8') !== source.text) throw new Error(`${kept} exists with other text: rename the new file`);
	if (!existsSync(kept)) {
		mkdirSync(join(root, 'sources'), { recursive: true });
		writeFileSync(kept, source.text);
		out.copied = kept;
	}
	const put = (path: string, text: string) => {
		if (existsSync(path)) out.kept.push(path);
		else {
			writeFileSync(path, text);
			out.written.push(path);
		}
	};
	mkdirSync(join(root, 'content', 'documents'), { recursive: true });
	put(join(root, 'content', 'documents', `${draft.slug}.yaml`), documentFile(draft.document));
	const dir = join(root, 'content', 'clauses', draft.slug);
	mkdirSync(dir, { recursive: true });
	for (const c of draft.clauses) put(join(dir, `${c.id}.mdx`), mdxFile(clauseFrontmatter(draft.slug, c), c.body));
	return out;
}
