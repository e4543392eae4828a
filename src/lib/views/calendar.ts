import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { Corpus } from '../corpus';
import { clauseName } from './format';
import type { DeadlineItem } from './timeline';

const DAY = 86_400_000;
const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The deadlines as an iCalendar file (RFC 5545): one all-day event per dated obligation, its UID stable
 * across builds (document, clause and position), its URL the clause permalink.
 * `stamp` (the build day) is the DTSTAMP, so a rebuild on the same day yields the same file.
 */
export function deadlineCalendar(corpus: Corpus, items: DeadlineItem[], opts: { site: string; stamp: string }): string {
	const host = new URL(opts.site).host;
	const unitName = (id: string) => corpus.unit.get(id)?.name ?? id;
	const cal = ical({
		name: '湘策 · 政策期限',
		description: '湖南职业教育产教融合政策文件中有具体日期的期限，每项链接到条款原文。',
		prodId: { company: 'xiangce', product: 'deadlines', language: 'ZH' },
		method: ICalCalendarMethod.PUBLISH,
	});
	for (const item of items) {
		const { clause, deadline: d } = item;
		const doc = corpus.doc.get(clause.doc);
		const url = new URL(clause.url, opts.site).href;
		const lines = [
			`文件：${doc?.data.number ?? clause.doc}${doc ? `《${doc.data.shortTitle ?? doc.data.title}》` : ''}`,
			`条款：${clauseName(clause)}`,
			d.who.length ? `报送单位：${d.who.map(unitName).join('、')}` : '',
			d.to.length ? `报送至：${d.to.map(unitName).join('、')}` : '',
			...d.how.map((h) => `· ${h}`),
			`原文：${d.quote}`,
			`条款原文：${url}`,
		];
		cal.createEvent({
			id: `${item.key.replace(/[/#]/g, '.')}@${host}`,
			allDay: true,
			start: utcDay(d.date),
			// DTEND is the day after: several calendar apps show an all-day event without it as zero-length.
			end: new Date(utcDay(d.date).getTime() + DAY),
			stamp: utcDay(opts.stamp),
			summary: `截止：${d.what}`,
			description: lines.filter(Boolean).join('\n'),
			url,
			transparency: ICalEventTransparency.TRANSPARENT,
		});
	}
	return cal.toString();
}
