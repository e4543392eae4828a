import type { APIRoute, GetStaticPaths } from 'astro';
import ExcelJS from 'exceljs';
import { loadCorpus } from '../../data/content-layer';
import { LEDGER_MIME, ledgerUnitIds, unitLedger } from '../../lib/export/ledger';
import { ledgerXlsx } from '../../lib/export/ledger-xlsx';
import { buildDay } from '../../lib/views/timeline';

export const getStaticPaths: GetStaticPaths = async () => ledgerUnitIds((await loadCorpus()).corpus).map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const body = await ledgerXlsx(ExcelJS, unitLedger(corpus, params.id!, String(site))!, buildDay());
	return new Response(body, { headers: { 'Content-Type': LEDGER_MIME.xlsx } });
};
