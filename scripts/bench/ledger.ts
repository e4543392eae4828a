/**
 * 落实台账 generation at scale: the corpus copied N times in memory (as the scale benchmark does on disk), then for
 * every unit and role its rows, its .xlsx and its .docx, as the build's data-files stage makes them (one unit at a
 * time), and then again as a rebuild with nothing changed (every file copied from the cache). Prints CPU seconds
 * (user + system of this process, steadier than wall time on a shared machine) and rows per CPU second; cost should
 * grow with the rows, not faster (each unit's files come from that unit's rows only).
 *   npm run bench -- ledger
 *   XIANGCE_LEDGER_SCALES=1,10 XIANGCE_LEDGER_FILE_SCALES=1 npm run bench -- ledger
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus, type Corpus } from '../../src/lib/corpus';
import { corpusFromDisk, type SiteData } from '../../src/lib/corpus/from-disk';
import { ledgerUnitIds, unitLedger } from '../../src/lib/export/ledger';
import { ledgerDocx } from '../../src/lib/export/ledger-docx';
import { ledgerXlsx } from '../../src/lib/export/ledger-xlsx';
import { DATA_FILES, writeDataFiles } from '../../src/lib/build/data-files';

const root = resolve(import.meta.dirname, '../..');
const scales = (process.env.XIANGCE_LEDGER_SCALES ?? '1,10,50,200').split(',').map(Number);
const fileScales = new Set((process.env.XIANGCE_LEDGER_FILE_SCALES ?? '1,10,50,200').split(',').map(Number));
const SITE = 'https://xiangce.example.org/';
const BUILT = '2026-11-23';

function scaled(base: Corpus, n: number): Corpus {
	const copies = Array.from({ length: n }, (_, k) => k);
	const slug = (s: string, k: number) => (k ? s.replace(/-(\d+)$/, (_m, d) => `-${d}${String(k).padStart(4, '0')}`) : s);
	return buildCorpus({
		units: base.units,
		topics: base.topics,
		external: base.external,
		documents: copies.flatMap((k) => base.docs.map((d) => ({ slug: slug(d.slug, k), data: { ...d.data, number: k ? d.data.number.replace(/号$/, `-${k}号`) : d.data.number, order: k * 10 + d.data.order } }))),
		clauses: copies.flatMap((k) => base.clauses.map((c) => ({ doc: slug(c.doc, k), id: c.id, data: { ...c.data, doc: slug(c.doc, k) }, text: c.text }))),
	});
}

const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};
const secs = (s: number) => s.toFixed(2).padStart(7);
const base = corpusFromDisk(root);
const ledgers = DATA_FILES.filter((f) => f.name === '落实台账');
process.env.XIANGCE_TODAY = BUILT;
console.log(`${'scale'.padEnd(6)} ${'docs'.padStart(5)} ${'clauses'.padStart(8)} ${'units'.padStart(5)} ${'rows'.padStart(7)} ${'ids s'.padStart(7)} ${'rows s'.padStart(7)} ${'xlsx s'.padStart(7)} ${'docx s'.padStart(7)} ${'MB'.padStart(6)} ${'rows/s'.padStart(7)} ${'stage s'.padStart(7)} ${'again s'.padStart(7)}`);
for (const n of scales) {
	const corpus = scaled(base, n);
	let t = cpu();
	const ids = ledgerUnitIds(corpus);
	const idsTime = cpu() - t;
	t = cpu();
	let rows = 0;
	for (const id of ids) rows += unitLedger(corpus, id, SITE)!.rows;
	const rowsTime = cpu() - t;
	const cells = [secs(idsTime), secs(rowsTime)];
	if (fileScales.has(n)) {
		// The files, one unit at a time as the build makes them.
		let xlsx = 0;
		let docx = 0;
		let bytes = 0;
		for (const id of ids) {
			const ledger = unitLedger(corpus, id, SITE)!;
			t = cpu();
			bytes += ledgerXlsx(ledger, BUILT).length;
			xlsx += cpu() - t;
			t = cpu();
			bytes += ledgerDocx(ledger, BUILT).length;
			docx += cpu() - t;
		}
		// The data-files stage for the ledgers alone (rows, digests, files, writes), then a rebuild with nothing changed.
		const dir = mkdtempSync(join(tmpdir(), 'xiangce-ledger-bench-'));
		const site = { corpus } as SiteData;
		const stage = async () => {
			const t0 = cpu();
			await writeDataFiles(site, join(dir, 'dist'), SITE, { dir: join(dir, 'cache'), code: 'bench' }, ledgers);
			return cpu() - t0;
		};
		const first = await stage();
		const again = await stage();
		rmSync(dir, { recursive: true, force: true });
		cells.push(secs(xlsx), secs(docx), (bytes / 2 ** 20).toFixed(1).padStart(6), String(Math.round(rows / (rowsTime + xlsx + docx))).padStart(7), secs(first), secs(again));
	} else cells.push(...['—', '—', '—', '—', '—', '—'].map((s) => s.padStart(7)));
	console.log(`×${String(n).padEnd(5)} ${String(corpus.docs.length).padStart(5)} ${String(corpus.clauses.length).padStart(8)} ${String(ids.length).padStart(5)} ${String(rows).padStart(7)} ${cells.join(' ')}`);
}
