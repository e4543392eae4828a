import { countedClauses, type Corpus, type CorpusClause } from '../corpus';
import { perCorpusAndKey } from '../corpus/unit-index';
import type { Deadline } from '../schema/deadline';
import type { TargetRow } from './target-rows';

/**
 * The day the site is built, in Hunan's time zone: the static pages state past/upcoming relative to it.
 * `XIANGCE_TODAY=YYYY-MM-DD` pins it (reproducible builds, tests).
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const pinned = env.XIANGCE_TODAY;
	if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DeadlineStatus = 'past' | 'today' | 'upcoming';

export interface DeadlineItem {
	/** `<doc>/<clause>#<n>`: unique and stable (the calendar UID is built from it). */
	key: string;
	clause: CorpusClause;
	deadline: Deadline;
	status: DeadlineStatus;
	/** Days from the build day to the deadline (negative: past). */
	days: number;
}

/** Every dated obligation, earliest first, with its status on `today` (duplicates left out); once per corpus and day. */
export const deadlineItems: (corpus: Corpus, today: string) => DeadlineItem[] = perCorpusAndKey((corpus, today) =>
	countedClauses(corpus)
		.flatMap((clause) =>
			clause.data.deadlines.map((deadline, i) => {
				const days = daysBetween(today, deadline.date);
				return { key: `${clause.key}#${i}`, clause, deadline, days, status: (days < 0 ? 'past' : days === 0 ? 'today' : 'upcoming') as DeadlineStatus };
			}),
		)
		.sort((a, b) => a.deadline.date.localeCompare(b.deadline.date) || a.clause.data.order - b.clause.data.order),
);

/** `已过期（1000天前）`, `今天截止`, `还有12天`. */
export function statusText(item: Pick<DeadlineItem, 'status' | 'days'>): string {
	if (item.status === 'past') return `已过期（${-item.days}天前）`;
	if (item.status === 'today') return '今天截止';
	return `还有${item.days}天`;
}

export interface HorizonYear {
	year: number;
	/** past: the year has ended; current: it is this year; upcoming: later. */
	status: 'past' | 'current' | 'upcoming';
	rows: TargetRow[];
}

/** Targets due by a year (到2025年, 十四五末), grouped by year: milestones, not dated deadlines. */
export function horizonYears(rows: TargetRow[], today: string): HorizonYear[] {
	const thisYear = Number(today.slice(0, 4));
	const byYear = new Map<number, TargetRow[]>();
	for (const r of rows) {
		const year = r.target.period?.kind === 'by' ? r.target.period.year : undefined;
		if (year === undefined) continue;
		byYear.set(year, [...(byYear.get(year) ?? []), r]);
	}
	return [...byYear]
		.sort(([a], [b]) => a - b)
		.map(([year, list]) => ({ year, rows: list, status: year < thisYear ? 'past' : year === thisYear ? 'current' : 'upcoming' }));
}
