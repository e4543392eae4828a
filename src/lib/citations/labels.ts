import { parseNumbering } from '../ingest/numbering';

/**
 * A clause label is the printed numbering that finds the clause in the document: its own marker, preceded by
 * its ancestors' markers where its own numbering restarts under each parent (`二、（一）3．`, but `15、`).
 * `splitLabel` takes it apart into printed markers; the last one is the marker printed before the clause text.
 */
export function splitLabel(label: string): string[] {
	const out: string[] = [];
	let rest = label.trim();
	const att = rest.match(/^附件\s*\d*[：:]?/);
	if (att) {
		out.push(att[0]);
		rest = rest.slice(att[0].length).trim();
	}
	while (rest) {
		const n = parseNumbering(rest);
		if (!n || n.label.length === 0) return [...out, rest];
		out.push(n.label);
		rest = n.rest.trim();
	}
	return out;
}

/** The marker printed right before the clause text (`3．` for `二、（一）3．`). */
export function ownMarker(label: string): string {
	return splitLabel(label).at(-1) ?? '';
}
