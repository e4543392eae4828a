/**
 * Bytes → text for everything the project reads as text (content/ and sources/). Content is UTF-8; anything
 * else is named as an encoding problem with the command that fixes it, never decoded into mojibake that would
 * then surface as "quote not in the text" or fail inside Astro.
 */

/** Where in a text a problem is (1-based line and column, columns counted in characters). */
export interface TextPosition {
	line: number;
	column: number;
}

export type Decoded =
	| { ok: true; text: string; /** The file started with a UTF-8 byte-order mark (removed). */ bom: boolean; /** It had CRLF or CR line ends (turned into LF). */ crlf: boolean }
	| { ok: false; message: string; at?: TextPosition };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// GB18030 is a superset of GBK and GB2312, the encodings Chinese Windows tools save by default.
const GB18030 = new TextDecoder('gb18030', { fatal: true });

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstBadUtf8(b: Uint8Array): number {
	let i = 0;
	while (i < b.length) {
		const c = b[i]!;
		const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return b.length;
}

/** Line and column of a character offset in a text. */
export function positionOf(text: string, offset: number): TextPosition {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (start = i + 1));
	return { line, column: [...text.slice(start, offset)].length + 1 };
}

/** Line and column of a byte offset: the valid UTF-8 before it, decoded. */
function bytePosition(b: Uint8Array, offset: number): TextPosition {
	const before = new TextDecoder('utf-8').decode(b.subarray(0, offset)).replace(/\r\n?/g, '\n');
	return positionOf(before, before.length);
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');

/**
 * Characters that have no place in content: C0 controls other than tab and line ends (a binary file, or a PDF
 * conversion artefact), and the bidirectional overrides that make text display differently from what it says.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Decode a file's bytes as UTF-8 (a UTF-8 BOM is accepted and removed; CRLF and CR become LF), or say
 * precisely why it cannot be: UTF-16, GBK/GB18030 (with the `iconv` command), other non-UTF-8 bytes
 * (with the line and column of the first one), control characters. `name` is the file as the message shows it.
 */
export function decodeText(bytes: Uint8Array, name: string, options: { controls?: 'refuse' | 'keep' } = {}): Decoded {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, message: `is encoded as UTF-16, not UTF-8: save it as "UTF-8" (without BOM) in your editor, or run \`iconv -f UTF-16 -t UTF-8 ${name} > tmp && mv tmp ${name}\`` };
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	let text: string;
	try {
		text = UTF8.decode(body);
	} catch {
		const bad = firstBadUtf8(body);
		const at = bytePosition(body, bad);
		let gbk = false;
		try {
			gbk = /[\u4e00-\u9fff]/.test(GB18030.decode(body));
		} catch {
			// not GB18030 either
		}
		return gbk
			? { ok: false, at, message: `is encoded as GBK (GB18030), not UTF-8 (first non-UTF-8 byte 0x${hex(body[bad]!)}): convert it with \`iconv -f GBK -t UTF-8 ${name} > tmp && mv tmp ${name}\`, or save it as "UTF-8" in your editor` }
			: { ok: false, at, message: `is not valid UTF-8 (byte 0x${hex(body[bad]!)}): save it as "UTF-8" in your editor, or convert it with \`iconv -f <its encoding> -t UTF-8\`` };
	}
	const crlf = text.includes('\r');
	if (crlf) text = text.replace(/\r\n?/g, '\n');
	const m = options.controls === 'keep' ? null : FORBIDDEN.exec(text);
	if (m) {
		const code = m[0].codePointAt(0)!;
		const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
		const what = code >= 0x202a ? `${u}, a bidirectional-override character that makes text display differently from what it says` : code === 0 ? `${u}, a NUL byte (is this a binary file?)` : `${u}, an invisible control character`;
		return { ok: false, at: positionOf(text, m.index), message: `contains ${what}: it has no place in the text; delete it` };
	}
	return { ok: true, text, bom, crlf };
}

/**
 * Lines a reader cannot trust: U+FFFD (�, text damaged by an earlier wrong conversion) or invisible control
 * characters. 1-based line numbers.
 */
export function unreadableLines(text: string): number[] {
	const out: number[] = [];
	text.split('\n').forEach((l, i) => {
		if (l.includes('\uFFFD') || FORBIDDEN.test(l)) out.push(i + 1);
	});
	return out;
}
