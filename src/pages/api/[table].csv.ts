import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/content-layer';
import { CSV_TABLES, csvTable, type CsvTable } from '../../lib/export/csv';

export const getStaticPaths: GetStaticPaths = () => CSV_TABLES.map((table) => ({ params: { table } }));

export const GET: APIRoute = async ({ params, site }) => {
	const { corpus } = await loadCorpus();
	return new Response(csvTable(corpus, params.table as CsvTable, String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
