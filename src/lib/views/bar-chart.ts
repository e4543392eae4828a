/**
 * Geometry of a horizontal stacked bar chart, computed at build time so the page ships a plain SVG.
 * The component draws what this returns; nothing here knows about the DOM.
 */

export interface BarSeries {
	key: string;
	label: string;
}

export interface BarDatum {
	label: string;
	values: Record<string, number>;
}

export interface BarChartOptions {
	width: number;
	labelWidth: number;
	barHeight: number;
	gap: number;
	top: number;
	/** Room under the bars for the axis labels. */
	bottom: number;
	/** Room right of the longest bar for its total. */
	right: number;
}

export interface BarLayout {
	width: number;
	height: number;
	plot: { x: number; y: number; width: number; height: number };
	max: number;
	ticks: { value: number; x: number }[];
	bars: { label: string; y: number; height: number; total: number; segments: { key: string; label: string; value: number; x: number; width: number }[] }[];
}

const DEFAULTS: BarChartOptions = { width: 640, labelWidth: 170, barHeight: 26, gap: 14, top: 8, bottom: 30, right: 36 };

/** A round step giving about four ticks: 1, 2 or 5 times a power of ten. */
export function tickStep(max: number): number {
	if (max <= 0) return 1;
	const raw = max / 4;
	const pow = 10 ** Math.floor(Math.log10(raw));
	return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow;
}

export function stackedBars(data: BarDatum[], series: BarSeries[], options: Partial<BarChartOptions> = {}): BarLayout {
	const o = { ...DEFAULTS, ...options };
	const totals = data.map((d) => series.reduce((n, s) => n + (d.values[s.key] ?? 0), 0));
	const step = tickStep(Math.max(0, ...totals));
	const max = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
	const plot = { x: o.labelWidth, y: o.top, width: o.width - o.labelWidth - o.right, height: data.length * (o.barHeight + o.gap) - o.gap };
	const scale = (v: number) => (v / max) * plot.width;
	const ticks: BarLayout['ticks'] = [];
	for (let v = 0; v <= max; v += step) ticks.push({ value: v, x: plot.x + scale(v) });
	const bars = data.map((d, i) => {
		let x = plot.x;
		const segments = series
			.filter((s) => (d.values[s.key] ?? 0) > 0)
			.map((s) => {
				const value = d.values[s.key]!;
				const seg = { key: s.key, label: s.label, value, x, width: scale(value) };
				x += seg.width;
				return seg;
			});
		return { label: d.label, y: plot.y + i * (o.barHeight + o.gap), height: o.barHeight, total: totals[i]!, segments };
	});
	return { width: o.width, height: plot.y + plot.height + o.bottom, plot, max, ticks, bars };
}
