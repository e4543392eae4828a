import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The data of YAML texts that parsed cleanly, by a digest of the text, kept by the build between builds. Parsing is
 * about half of validation's time, and a rebuild after a one-clause edit reads thousands of texts it parsed before
 * (at a thousand documents, a rebuild's validation: 37 s → 21 s with the memo). A text is taken from the memo only
 * when it is the same text, parsed by the same code (`version`); anything else is parsed, and every problem is found
 * as without the memo.
 */
export class YamlMemo {
	private readonly before = new Map<string, string>();
	private readonly now = new Map<string, string>();
	hits = 0;

	constructor(private readonly version: string) {}

	/** The memo kept at `file` by a build with the same `version`; empty when there is none (or it cannot be read). */
	static load(file: string, version: string): YamlMemo {
		const memo = new YamlMemo(version);
		if (!existsSync(file)) return memo;
		try {
			const lines = readFileSync(file, 'utf8').split('\n');
			if (lines[0] !== version) return memo;
			for (const line of lines.slice(1)) {
				const tab = line.indexOf('\t');
				if (tab > 0) memo.before.set(line.slice(0, tab), line.slice(tab + 1));
			}
		} catch {
			// an unreadable memo is only a slower build
		}
		return memo;
	}

	private static key(text: string): string {
		return createHash('sha1').update(text).digest('base64url');
	}

	/** The data of a text parsed before (a fresh copy: the caller may keep and change it), or undefined. */
	get(text: string): unknown {
		const key = YamlMemo.key(text);
		const json = this.before.get(key) ?? this.now.get(key);
		if (json === undefined) return undefined;
		this.now.set(key, json);
		this.hits++;
		return JSON.parse(json);
	}

	/** Remember a text's data, when JSON keeps it exactly (plain text, finite numbers, booleans, null, lists, maps). */
	remember(text: string, data: unknown): void {
		if (jsonExact(data)) this.now.set(YamlMemo.key(text), JSON.stringify(data));
	}

	/** Keep this build's texts (only them: the memo holds one library's frontmatters) at `file`, written whole. */
	save(file: string): void {
		const body = [this.version, ...[...this.now].map(([k, json]) => `${k}\t${json}`)].join('\n');
		writeFileSync(`${file}.tmp`, body);
		renameSync(`${file}.tmp`, file);
	}
}

/** Whether JSON gives back exactly this value (no Date, Map, undefined, NaN, Infinity or -0 inside). */
export function jsonExact(v: unknown): boolean {
	if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
	if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
	if (Array.isArray(v)) return v.every(jsonExact);
	if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(jsonExact);
	return false;
}
