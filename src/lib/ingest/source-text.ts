import { decodeText, unreadableLines } from '../content/encoding';

/**
 * A source text as ingest may use it. Sources are kept untouched in sources/ and the fidelity test reads them
 * as UTF-8, so a GBK or UTF-16 file is refused with the command that converts it (converting silently would
 * give clauses the fidelity test cannot find in the source); lines that hold damaged or invisible characters
 * are named so the curator flags those clauses.
 */
export function sourceText(bytes: Uint8Array, name: string): { ok: true; text: string; warnings: string[] } | { ok: false; message: string } {
	const d = decodeText(bytes, name, { controls: 'keep' });
	if (!d.ok) return { ok: false, message: `${name}${d.at ? `:${d.at.line}:${d.at.column}` : ''}: ${d.message}` };
	const bad = unreadableLines(d.text);
	const warnings = bad.length
		? [`${name}: line(s) ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ` and ${bad.length - 10} more` : ''} hold � (U+FFFD) or invisible control characters: the text is damaged there; check the original and give those clauses a \`garbled\` quality flag`]
		: [];
	return { ok: true, text: d.text, warnings };
}
