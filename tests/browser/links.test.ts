import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { dist, root } from './harness';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { refLinkOptions } from '../../src/lib/render/ref-link-options';

/**
 * A link checker over the built site (dist/ files, no server): every internal link, script, stylesheet and
 * #fragment must resolve, and every explicit reference in the corpus must be a working link on its clause page.
 */

const SITE = process.env.SITE_URL ?? 'https://xiangce.example.org';

interface PageScan {
	ids: Set<string>;
	links: { attr: string; value: string }[];
	/** `href`s of links inside the verbatim clause text (`[data-clause-text]`). */
	textLinks: string[];
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
		return e.name.endsWith('.html') ? [p] : [];
	});
}

function scan(html: string): PageScan {
	const ids = new Set<string>();
	const links: PageScan['links'] = [];
	const textLinks: string[] = [];
	let textDepth = 0;
	const stack: boolean[] = [];
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (attrs.id) ids.add(attrs.id);
				if (name === 'a' && attrs.name) ids.add(attrs.name);
				const opensText = 'data-clause-text' in attrs;
				stack.push(opensText);
				if (opensText) textDepth++;
				for (const attr of ['href', 'src']) {
					const v = attrs[attr];
					if (v !== undefined && !(name === 'link' && attrs.rel === 'preconnect')) links.push({ attr, value: v });
				}
				if (name === 'a' && textDepth > 0 && attrs.href) textLinks.push(attrs.href);
			},
			onclosetag() {
				if (stack.pop()) textDepth--;
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return { ids, links, textLinks };
}

/** The file a site path is served from, as a static host does (directory → index.html). */
function fileOf(path: string): string | undefined {
	const file = join(dist, decodeURIComponent(path));
	if (existsSync(file) && statSync(file).isFile()) return file;
	const index = join(file, 'index.html');
	return existsSync(index) ? index : undefined;
}

const pages = new Map<string, PageScan>();
const scanOf = (file: string) => {
	let s = pages.get(file);
	if (!s) {
		s = scan(readFileSync(file, 'utf8'));
		pages.set(file, s);
	}
	return s;
};
const pageUrl = (file: string) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');

describe('links in the built site', () => {
	const files = existsSync(dist) ? htmlFiles(dist) : [];

	it('has pages to check (run `npm run build` first)', () => {
		expect(files.length).toBeGreaterThan(200);
	});

	it('has no broken internal link, asset or #fragment', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const file of files) {
			const from = pageUrl(file);
			for (const { attr, value } of scanOf(file).links) {
				if (/^(?:mailto:|tel:|data:|javascript:)/.test(value)) continue;
				const url = new URL(value, new URL(from, SITE));
				if (url.origin !== new URL(SITE).origin) continue;
				checked++;
				const target = url.pathname === from ? file : fileOf(url.pathname);
				if (!target) {
					broken.push(`${from}: ${attr}="${value}" → no such page`);
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && target.endsWith('.html') && !scanOf(target).ids.has(fragment)) broken.push(`${from}: ${attr}="${value}" → no #${fragment} there`);
			}
		}
		console.log(`link check: ${checked} internal links and assets on ${files.length} pages`);
		expect(broken).toEqual([]);
	});

	it('makes every explicit reference in the corpus a link in its clause text, to the page it names', () => {
		const corpus = corpusFromDisk(root);
		const { resolve } = refLinkOptions(corpus);
		const missing: string[] = [];
		let made = 0;
		for (const c of corpus.clauses) {
			const file = fileOf(c.url);
			const links = file ? scanOf(file).textLinks : [];
			for (const r of c.data.refs) {
				const href = resolve(r)?.href;
				if (href && links.includes(href)) made++;
				else missing.push(`${c.url}: “${r.quote}” → ${href ?? 'unresolved'}`);
			}
		}
		console.log(`explicit references: ${made} linked on their clause pages`);
		expect(missing).toEqual([]);
	});
});
