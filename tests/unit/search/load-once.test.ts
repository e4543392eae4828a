import { describe, expect, it } from 'vitest';
import { loadOnce } from '../../../src/scripts/search/load-once';

describe('loadOnce', () => {
	it('loads a key once and shares the promise', async () => {
		const cache = new Map<string, Promise<number>>();
		let calls = 0;
		const load = () => loadOnce(cache, 'a', async () => ++calls);
		expect(await Promise.all([load(), load()])).toEqual([1, 1]);
		expect(await load()).toBe(1);
		expect(calls).toBe(1);
	});

	it('forgets a failed load, so the next call tries again', async () => {
		const cache = new Map<string, Promise<string>>();
		await expect(loadOnce(cache, 'a', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
		await Promise.resolve();
		expect(cache.has('a')).toBe(false);
		expect(await loadOnce(cache, 'a', async () => 'back')).toBe('back');
	});
});
