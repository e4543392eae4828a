/**
 * Synthetic corpora for the benchmarks: the real content copied n times, each copy a different text.
 *
 * Copy k (k ≥ 1) of every document gets a new slug and 发文字号 (`copyName`), and every file of copy k — document
 * YAML, clause frontmatter and body alike — goes through one character substitution of its own: the Han characters
 * that carry no rule are permuted among characters of about the same frequency in the corpus. Because one map is
 * applied to every character of every file of the copy, whatever one string of the copy finds in another still
 * finds it (a quote in its clause text, a title in its heading, the 主送 in its printed line, an attachment title in
 * att<N>), so the copy validates as the original does; and because the map moves a third of the characters, its
 * words, bigrams and search terms differ from the original's and from the other copies'.
 *
 * Characters that rules, enums or code read are kept (`keptCharacters`, including every Han character of the data rules
 * and the unit resolver): numerals and 年月日 (target values,
 * deadlines), the 发文字号 and their prefixes, 主动公开/依申请公开 and every other Chinese literal of the schema,
 * unit names and aliases (actors and 责任单位 are named in the text), modality words (必须, 应当, 鼓励, 支持…),
 * levels of government (省, 市, 州, 县…), 附件/第/条 and the like in labels and citations, 原文未载. What stays is
 * what a real library of many documents shares too — 职业院校, 省教育厅, 产教融合 — and what changes is the rest.
 * ASCII (YAML keys, ids, enum values, slugs), digits and punctuation are never touched. Copies share units.yaml,
 * topics.yaml, external.yaml and the datasets.
 *
 *   makeSyntheticContent(srcRoot, destRoot, n)    writes destRoot/content for ×n (copy 0 is the real content)
 *   syntheticRelatedInputs(srcRoot, n)            the same corpus in memory, as relatedIndex reads it
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { findDocNumber, parseDocNumber } from '../../../src/lib/citations/ref-mentions';
import { corpusFromDisk } from '../../../src/lib/corpus/from-disk';
import { relatedInput, type RelatedInput } from '../../../src/lib/corpus/related';

/** A new slug and 发文字号 for copy k of a document (k = 0 keeps the original). Same as scripts/bench/scale.ts. */
export function copyName(slug: string, number: string, k: number): { slug: string; number: string } {
	if (k === 0) return { slug, number };
	const serial = `${slug.split('-').at(-1)}${String(k).padStart(4, '0')}`;
	return { slug: slug.replace(/-\d+$/, `-${serial}`), number: number.replace(/〕\d+号$/, `〕${serial}号`) };
}

const HAN = /\p{Script=Han}/u;
const hanOf = (s: string) => [...s].filter((c) => HAN.test(c));

/** Characters read by rules and code rather than only by people (see the file comment). */
const RULE_WORDS = [
	'零〇一二两三四五六七八九十百千万亿半双年月日', // numbers and dates (numbersIn, datesIn)
	'附件第条款项部分序号说明注', // labels and citation locators
	'须必须不得严格确保要应当原则上鼓励倡导支持推动推进探索引导可以允许', // modality words (README table)
	'国家中央省市州县区乡镇', // levels of government
	'原文未载', // the words for a gap in the text
].join('');

/**
 * Chinese string literals of the code that reads the text (the schema's enum values such as 主动公开, the data rules'
 * directive words and unit-level words, the unit resolver's 我厅/本厅, 各…等部门): they must survive a copy.
 */
const CODE_THAT_READS_TEXT = ['src/lib/schema', 'src/lib/content/rules', 'src/lib/corpus/units.ts'];
function schemaLiterals(root: string): string {
	const files = CODE_THAT_READS_TEXT.map((p) => join(root, p)).filter(existsSync).flatMap((p) => (p.endsWith('.ts') ? [p] : readdirSync(p).filter((f) => f.endsWith('.ts')).map((f) => join(p, f))));
	// Every Han character of the code (strings and regular expressions alike), comments left out.
	const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
	return files.map((f) => hanOf(code(f)).join('')).join('');
}

interface Source {
	docs: { slug: string; number: string; order: number; yaml: string; clauses: { file: string; text: string }[] }[];
}

function readSource(root: string): Source {
	const dir = join(root, 'content');
	const docs = readdirSync(join(dir, 'documents'))
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const slug = f.replace(/\.yaml$/, '');
			const yaml = readFileSync(join(dir, 'documents', f), 'utf8');
			const data = parse(yaml) as { number: string; order: number };
			const folder = join(dir, 'clauses', slug);
			const clauses = (existsSync(folder) ? readdirSync(folder) : []).filter((c) => c.endsWith('.mdx')).sort().map((c) => ({ file: c, text: readFileSync(join(folder, c), 'utf8') }));
			return { slug, number: data.number, order: data.order, yaml, clauses };
		});
	return { docs };
}

/** The characters no copy changes. */
export function keptCharacters(root: string): Set<string> {
	const content = join(root, 'content');
	const units = parse(readFileSync(join(content, 'units.yaml'), 'utf8')) as { name: string; aliases?: string[] }[];
	const external = parse(readFileSync(join(content, 'external.yaml'), 'utf8')) as { number?: string; aliases?: string[] }[];
	const numbers = readSource(root).docs.map((d) => d.number);
	return new Set(
		hanOf(
			[RULE_WORDS, schemaLiterals(root), ...units.flatMap((u) => [u.name, ...(u.aliases ?? [])]), ...numbers, ...external.flatMap((e) => [e.number ?? '', ...(e.aliases ?? [])])].join(''),
		),
	);
}

/** Deterministic pseudo-random numbers (mulberry32) from a string seed (FNV-1a). */
function random(seed: string): () => number {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
	return () => {
		h = (h + 0x6d2b79f5) | 0;
		let t = Math.imul(h ^ (h >>> 15), 1 | h);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Characters of about the same frequency are swapped with one another, so a copy reads like the corpus. */
const BAND = 8;

/** How copy k rewrites text: slugs, 发文字号 and characters. */
export interface Copier {
	slug: (slug: string) => string;
	/** Rewrite a whole file of the copy (document YAML or clause MDX) or a text taken from one. */
	text: (text: string) => string;
}

/** Everything the copies are made from: the source and, per copy, its rewriting. */
export function syntheticPlan(root: string): { source: Source; copier: (k: number) => Copier } {
	const source = readSource(root);
	const kept = keptCharacters(root);
	const freq = new Map<string, number>();
	for (const d of source.docs) for (const t of [d.yaml, ...d.clauses.map((c) => c.text)]) for (const c of hanOf(t)) if (!kept.has(c)) freq.set(c, (freq.get(c) ?? 0) + 1);
	const ranked = [...freq].sort((a, b) => b[1] - a[1] || a[0].codePointAt(0)! - b[0].codePointAt(0)!).map(([c]) => c);
	const bands: string[][] = [];
	for (let i = 0; i < ranked.length; i += BAND) bands.push(ranked.slice(i, i + BAND));
	if (bands.length > 1 && bands.at(-1)!.length < 2) bands.at(-2)!.push(...bands.pop()!);
	const slugRe = new RegExp(`(?<![\\w-])(${source.docs.map((d) => d.slug.replace(/[-]/g, '\\-')).join('|')})(?![\\w-])`, 'g');
	const copier = (k: number): Copier => {
		const names = new Map(source.docs.map((d) => [d.slug, copyName(d.slug, d.number, k)]));
		const map = new Map<string, string>();
		if (k > 0) {
			bands.forEach((band, b) => {
				// One random cycle through the band: every character moves, to a character of like frequency.
				const next = random(`${k}:${b}`);
				const order = [...band];
				for (let i = order.length - 1; i > 0; i--) {
					const j = Math.floor(next() * (i + 1));
					[order[i], order[j]] = [order[j]!, order[i]!];
				}
				order.forEach((c, i) => map.set(c, order[(i + 1) % order.length]!));
			});
		}
		const numbers = (text: string) => {
			const spans = source.docs.flatMap((d) => findDocNumber(text, d.number).map((s) => ({ ...s, serial: parseDocNumber(names.get(d.slug)!.number)!.serial })));
			let out = text;
			for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text.replace(/\d+(\s*号)$/, `${s.serial}$1`) + out.slice(s.end);
			return out;
		};
		return {
			slug: (slug) => names.get(slug)?.slug ?? slug,
			text: (text) => {
				if (k === 0) return text;
				const t = numbers(text.replace(slugRe, (s) => names.get(s)!.slug));
				let out = '';
				for (const c of t) out += map.get(c) ?? c;
				return out;
			},
		};
	};
	return { source, copier };
}

/** Write `destRoot/content` holding n copies of `srcRoot/content` (copy 0 unchanged). Returns what it wrote. */
export function makeSyntheticContent(srcRoot: string, destRoot: string, n: number): { documents: number; clauses: number } {
	if (resolve(srcRoot) === resolve(destRoot)) throw new Error('makeSyntheticContent: destRoot must not be srcRoot (its content/ is replaced)');
	const { source, copier } = syntheticPlan(srcRoot);
	const src = join(srcRoot, 'content');
	const dest = join(destRoot, 'content');
	rmSync(dest, { recursive: true, force: true });
	mkdirSync(join(dest, 'documents'), { recursive: true });
	for (const f of readdirSync(src)) if (!['documents', 'clauses'].includes(f)) cpSync(join(src, f), join(dest, f), { recursive: true });
	// Orders stay unique and chronological within each copy, copies one after the other.
	const span = Math.max(0, ...source.docs.map((d) => d.order)) + 1;
	let clauses = 0;
	for (let k = 0; k < n; k++) {
		const copy = copier(k);
		for (const d of source.docs) {
			const slug = copy.slug(d.slug);
			writeFileSync(join(dest, 'documents', `${slug}.yaml`), copy.text(d.yaml).replace(/^order: \d+$/m, `order: ${k * span + d.order}`));
			mkdirSync(join(dest, 'clauses', slug), { recursive: true });
			for (const c of d.clauses) writeFileSync(join(dest, 'clauses', slug, c.file), copy.text(c.text));
			clauses += d.clauses.length;
		}
	}
	// The reviewed exceptions to the data rules name clauses (and quote facts): every copy carries its own.
	const exceptionsFile = join(src, 'rule-exceptions.yaml');
	if (existsSync(exceptionsFile)) {
		const list = parse(readFileSync(exceptionsFile, 'utf8')) as { clause: string; quote?: string }[];
		const copies = Array.from({ length: n }, (_, k) => copier(k)).flatMap((copy) =>
			list.map((e) => {
				const [slug, id] = e.clause.split('/') as [string, string];
				return { ...e, clause: `${copy.slug(slug)}/${id}`, ...(e.quote ? { quote: copy.text(e.quote) } : {}) };
			}),
		);
		writeFileSync(join(dest, 'rule-exceptions.yaml'), stringify(copies));
	}
	// The published URLs (the build checks none disappears; copy 0 keeps them all). Without recorded content hashes
	// the change-log gate has nothing to compare, so the copies need no change entries.
	const manifest = join(srcRoot, 'permalinks.json');
	if (existsSync(manifest)) {
		const { contentHashes: _hashes, ...rest } = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
		writeFileSync(join(destRoot, 'permalinks.json'), `${JSON.stringify(rest, null, '\t')}\n`);
	}
	return { documents: n * source.docs.length, clauses };
}

/**
 * The ×n corpus as `relatedIndex` reads it, without writing files: the real clauses (read and validated once),
 * copy k's text rewritten as `makeSyntheticContent` rewrites its files — in the order the corpus read from those
 * files would have (copy by copy, documents and clauses in display order).
 */
export function syntheticRelatedInputs(srcRoot: string, n: number): RelatedInput[] {
	const base = corpusFromDisk(srcRoot).clauses;
	const { copier } = syntheticPlan(srcRoot);
	const out: RelatedInput[] = [];
	for (let k = 0; k < n; k++) {
		const copy = copier(k);
		for (const c of base) {
			const doc = copy.slug(c.doc);
			const refs = c.data.refs.map((r) => ({ ...r, ...(r.doc ? { doc: copy.slug(r.doc) } : {}), quote: copy.text(r.quote) }));
			out.push(relatedInput({ ...c, doc, key: `${doc}/${c.id}`, text: copy.text(c.text), data: { ...c.data, doc, refs } }));
		}
	}
	return out;
}

// From the command line: npx tsx scripts/bench/lib/synthetic.ts <destRoot> <n>  (then `npx tsx scripts/validate.ts <destRoot>`)
if (process.argv[1]?.endsWith('synthetic.ts') && resolve(process.argv[1]) === resolve(import.meta.filename)) {
	const [dest, n] = process.argv.slice(2);
	if (!dest || !Number(n)) {
		console.error('usage: npx tsx scripts/bench/lib/synthetic.ts <destRoot> <n>   writes <destRoot>/content with n copies of content/');
		process.exit(1);
	}
	const r = makeSyntheticContent(resolve(import.meta.dirname, '../../..'), resolve(dest), Number(n));
	console.log(`wrote ${dest}/content: ${r.documents} documents, ${r.clauses} clauses (×${n})`);
}
