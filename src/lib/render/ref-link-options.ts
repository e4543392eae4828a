import type { Corpus } from '../corpus';
import { locator } from '../citations/citation';
import type { FrontmatterRef, RefLinkOptions, RefTarget } from './rehype-ref-links';
import { RELATION_LABEL } from '../citations/references';
import { clauseUrl, docUrl, externalUrl } from '../urls';

/** Where curated references and known 发文字号 point, for `rehypeRefLinks`, built from a corpus. */
export function refLinkOptions(corpus: Corpus): RefLinkOptions {
	const relation = (r: FrontmatterRef) => RELATION_LABEL[(r.relation ?? 'cites') as keyof typeof RELATION_LABEL] ?? RELATION_LABEL.cites;
	const resolve = (r: FrontmatterRef): RefTarget | undefined => {
		if (r.external) {
			const x = corpus.externalDoc.get(r.external);
			return x && { href: externalUrl(x.id), title: `${relation(r)}：《${x.title}》（本库未收录全文）`, relation: r.relation };
		}
		const d = r.doc ? corpus.doc.get(r.doc) : undefined;
		if (!d) return undefined;
		if (!r.clause) return { href: docUrl(d.slug), title: `${relation(r)}：${d.data.number}`, relation: r.relation };
		const c = corpus.clause.get(`${d.slug}/${r.clause}`);
		return c && { href: clauseUrl(d.slug, c.id), title: `${relation(r)}：${d.data.number} ${locator(corpus, c)}`, relation: r.relation };
	};
	const numbers = [
		...corpus.docs.map((d) => ({ number: d.data.number, target: { href: docUrl(d.slug), title: `${d.data.number}（本库收录）` } })),
		...corpus.external.filter((x) => x.number).map((x) => ({ number: x.number!, target: { href: externalUrl(x.id), title: `《${x.title}》（本库未收录全文）` } })),
	];
	return { resolve, numbers };
}
