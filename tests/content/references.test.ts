import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { refLinkOptions } from '../../src/lib/render/ref-link-options';
import { clauseRenderer } from '../../src/lib/render/clause-html';
import { attachmentMentions, docNumberMentions, findQuote, titleMentions, type Span } from '../../src/lib/citations/ref-mentions';
import { refsTo } from '../../src/lib/citations/references';

const root = join(import.meta.dirname, '../..');
const corpus = corpusFromDisk(root);
const raw = readContent(root);

describe('explicit references in the clause texts', () => {
	it('are all curated: every 《title》, 发文字号 and 附件 pointer lies inside a `refs` quote of its clause', () => {
		const uncovered: string[] = [];
		for (const c of corpus.clauses) {
			const quotes = c.data.refs.flatMap((r) => findQuote(c.text, r.quote));
			const inside = (m: Span) => quotes.some((q) => q.start <= m.start && m.end <= q.end);
			const mentions = [...titleMentions(c.text), ...docNumberMentions(c.text), ...attachmentMentions(c.text)];
			for (const m of mentions) if (!inside(m)) uncovered.push(`${c.key}: ${m.text}`);
		}
		expect(uncovered).toEqual([]);
	});

	it('all become links, in the renderer the content loader uses', () => {
		const renderer = clauseRenderer(refLinkOptions(corpus));
		let links = 0;
		let curated = 0;
		const missing: string[] = [];
		for (const c of raw.clauses) {
			const report = renderer.render(c.body, corpus.clause.get(`${c.folder}/${c.id}`)!.data.refs).refLinks;
			links += report.linked.length;
			curated += report.linked.filter((l) => l.curated).length;
			missing.push(...report.missing.map((q) => `${c.folder}/${c.id}: ${q}`));
		}
		const total = corpus.clauses.reduce((n, c) => n + c.data.refs.length, 0);
		console.log(`references: ${total} curated, ${curated} linked from their quotes, ${links - curated} linked by 发文字号 alone; ${links} links in all`);
		expect(missing).toEqual([]);
		expect(curated).toBe(total);
	});

	it('resolve: every curated reference points at a document, clause or external page that exists', () => {
		const options = refLinkOptions(corpus);
		const unresolved = corpus.clauses.flatMap((c) => c.data.refs.filter((r) => !options.resolve(r)).map((r) => `${c.key}: ${r.quote}`));
		expect(unresolved).toEqual([]);
	});
});

describe('被引用', () => {
	it('is known for every external document the corpus lists', () => {
		expect(corpus.external.filter((x) => refsTo(corpus, { external: x.id }).length === 0).map((x) => x.id)).toEqual([]);
	});
});
