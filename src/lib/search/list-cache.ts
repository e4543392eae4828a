/**
 * Lists worked out by key (a term's search results), kept while they are among the most recently used and hold no
 * more than `limit` items in all: a long list costs memory, and working it out again costs time. A list still being
 * worked out is shared by every caller; one that failed is forgotten, so the next call tries again.
 */
export class ListCache<T> {
	private readonly entries = new Map<string, { list: Promise<T[]>; size: number }>();
	/** Items held by the lists that are worked out. */
	private held = 0;

	constructor(private readonly limit: number) {}

	get(key: string, load: () => Promise<T[]>): Promise<T[]> {
		const hit = this.entries.get(key);
		if (hit) {
			// Most recently used last: the first entries are the first evicted.
			this.entries.delete(key);
			this.entries.set(key, hit);
			return hit.list;
		}
		const entry = { list: load(), size: 0 };
		this.entries.set(key, entry);
		entry.list.then(
			(list) => {
				if (this.entries.get(key) !== entry) return;
				entry.size = list.length;
				this.held += list.length;
				this.evict(key);
			},
			() => {
				if (this.entries.get(key) === entry) this.entries.delete(key);
			},
		);
		return entry.list;
	}

	/** Items held now (for tests). */
	get size(): number {
		return this.held;
	}

	has(key: string): boolean {
		return this.entries.has(key);
	}

	/** Drop the least recently used lists until the rest fit; the one just worked out stays even when alone too long. */
	private evict(keep: string): void {
		for (const [key, e] of this.entries) {
			if (this.held <= this.limit) return;
			if (key === keep) continue;
			this.entries.delete(key);
			this.held -= e.size;
		}
	}
}
