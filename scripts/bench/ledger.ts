/**
 * 落实台账 generation at scale: the corpus copied N times in memory (as the scale benchmark does on disk), then for
 * every unit and role its rows, its .xlsx and its .docx, as the build makes them. Prints CPU seconds and rows per
 * CPU second; cost should grow with the rows, not faster (each unit's files come from that unit's rows only).
 *   npm run bench -- ledger
 *   XIANGCE_LEDGER_SCALES=1,10 XIANGCE_LEDGER_FILE_SCALES=1 npm run bench -- ledger
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { buildCorpus, type Corpus } from '../../src/lib/corpus';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { ledgerUnitIds, unitLedger } from '../../src/lib/export/ledger';
import { ledgerDocx } from '../../src/lib/export/ledger-docx';
import { ledgerXlsx } from '../../src/lib/export/ledger-xlsx';

const root = resolve(import.meta.dirname, '../..');
const scales = (process.env.XIANGCE_LEDGER_SCALES ?? '1,10,50,200').split(',').map(Number);
const fileScales = new Set((process.env.XIANGCE_LEDGER_FILE_SCALES ?? '1,10').split(',').map(Number));
const SITE = 'https://xiangce.example.org/';

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

/** CPU seconds (user + system) since `t`: steadier than wall time on a shared machine. */
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1e6;
};
const secs = (t: number) => (cpu() - t).toFixed(2).padStart(7);
const base = corpusFromDisk(root);
console.log(`${'scale'.padEnd(6)} ${'docs'.padStart(5)} ${'clauses'.padStart(8)} ${'units'.padStart(5)} ${'rows'.padStart(7)} ${'ids s'.padStart(7)} ${'rows s'.padStart(7)} ${'xlsx s'.padStart(7)} ${'docx s'.padStart(7)} ${'MB'.padStart(6)} ${'rows/s'.padStart(7)}`);
for (const n of scales) {
	const corpus = scaled(base, n);
	let t = cpu();
	const ids = ledgerUnitIds(corpus);
	const idsTime = secs(t);
	t = cpu();
	const ledgers = ids.map((id) => unitLedger(corpus, id, SITE)!);
	const rowsTime = secs(t);
	const rows = ledgers.reduce((s, l) => s + l.rows, 0);
	let xlsx = '      —';
	let docx = '      —';
	let bytes = 0;
	let rate = '      —';
	if (fileScales.has(n)) {
		const t0 = cpu();
		t = cpu();
		for (const l of ledgers) bytes += (await ledgerXlsx(ExcelJS, l, '2026-11-23')).length;
		xlsx = secs(t);
		t = cpu();
		for (const l of ledgers) bytes += (await ledgerDocx(l, '2026-11-23')).length;
		docx = secs(t);
		rate = String(Math.round(rows / (cpu() - t0))).padStart(7);
	}
	console.log(`×${String(n).padEnd(5)} ${String(corpus.docs.length).padStart(5)} ${String(corpus.clauses.length).padStart(8)} ${String(ids.length).padStart(5)} ${String(rows).padStart(7)} ${idsTime} ${rowsTime} ${xlsx} ${docx} ${bytes ? (bytes / 2 ** 20).toFixed(1).padStart(6) : '     —'} ${rate}`);
}
