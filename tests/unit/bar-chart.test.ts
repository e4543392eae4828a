import { describe, expect, it } from 'vitest';
import { stackedBars, tickStep } from '../../src/lib/views/bar-chart';

describe('stacked bar chart geometry', () => {
	it('picks round tick steps', () => {
		expect([3, 8, 14, 30, 79, 0].map(tickStep)).toEqual([1, 2, 5, 10, 20, 1]);
	});

	it('stacks segments left to right, skipping empty ones, on a shared scale', () => {
		const series = [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }];
		const c = stackedBars([{ label: 'x', values: { a: 2, b: 3 } }, { label: 'y', values: { b: 10 } }], series, { width: 400, labelWidth: 100, right: 0 });
		expect(c.max).toBe(10);
		expect(c.ticks.map((t) => t.value)).toEqual([0, 5, 10]);
		expect(c.ticks.at(-1)!.x).toBe(400);
		const [x, y] = c.bars;
		expect(x!.segments.map((s) => [s.key, s.x, s.width])).toEqual([['a', 100, 60], ['b', 160, 90]]);
		expect(y!.segments.map((s) => s.key)).toEqual(['b']);
		expect(y!.y).toBeGreaterThan(x!.y + x!.height);
		expect([x!.total, y!.total]).toEqual([5, 10]);
		expect(c.height).toBeGreaterThan(y!.y + y!.height);
	});
});
