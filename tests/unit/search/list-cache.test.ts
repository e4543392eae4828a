import { describe, expect, it } from 'vitest';
import { ListCache } from '../../../src/lib/search/list-cache';

const list = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('ListCache', () => {
	it('works a list out once and shares it, also while it is being worked out', async () => {
		const cache = new ListCache<number>(100);
		let calls = 0;
		const load = async () => (calls++, list(3));
		const [a, b] = await Promise.all([cache.get('x', load), cache.get('x', load)]);
		expect(await cache.get('x', load)).toBe(a);
		expect(b).toBe(a);
		expect(calls).toBe(1);
		expect(cache.size).toBe(3);
	});

	it('evicts the least recently used lists beyond the limit, keeping the newest even when it alone is too long', async () => {
		const cache = new ListCache<number>(10);
		await cache.get('a', async () => list(4));
		await cache.get('b', async () => list(4));
		await cache.get('a', async () => list(4)); // a used again: b is now the oldest
		await cache.get('c', async () => list(4));
		expect(cache.has('b')).toBe(false);
		expect([cache.has('a'), cache.has('c')]).toEqual([true, true]);
		expect(cache.size).toBe(8);
		await cache.get('d', async () => list(50));
		expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, false, true]);
		expect(cache.size).toBe(50);
	});

	it('forgets a failed list, so the next call tries again', async () => {
		const cache = new ListCache<number>(10);
		await expect(cache.get('x', async () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
		await Promise.resolve();
		expect(cache.has('x')).toBe(false);
		expect(await cache.get('x', async () => list(2))).toEqual([0, 1]);
	});
});
