import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { LEDGER_MIME, ledgerUnitIds, unitLedger } from '../../lib/export/ledger';
import { ledgerDocx } from '../../lib/export/ledger-docx';
import { buildDay } from '../../lib/views/timeline';

export const getStaticPaths: GetStaticPaths = async () => ledgerUnitIds((await loadCorpus()).corpus).map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	const body = await ledgerDocx(unitLedger(corpus, params.id!, String(site))!, buildDay());
	return new Response(body, { headers: { 'Content-Type': LEDGER_MIME.docx } });
};
