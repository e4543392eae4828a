import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/content-layer';
import { buildDay, deadlineItems } from '../lib/views/timeline';
import { deadlineCalendar } from '../lib/views/calendar';

/** `/deadlines.ics`: every dated obligation as an all-day event, for calendar apps. */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('/deadlines.ics needs `site` in astro.config.mjs: event URLs must be absolute');
	const { corpus } = await loadCorpus();
	const today = buildDay();
	const body = deadlineCalendar(corpus, deadlineItems(corpus, today), { site: site.href, stamp: today });
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
