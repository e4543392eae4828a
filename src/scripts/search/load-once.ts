/**
 * `load()` once per key: later calls share its promise; a failed load is forgotten, so the next call tries again.
 * What search fetches or works out once (shards, postings, downloads, inflated and parsed files) is kept this way.
 */
export function loadOnce<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
	let p = cache.get(key);
	if (!p) {
		p = load();
		p.catch(() => cache.delete(key));
		cache.set(key, p);
	}
	return p;
}
