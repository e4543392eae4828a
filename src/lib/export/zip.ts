import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/**
 * An Office Open XML package (.xlsx, .docx) as zip bytes. fflate writes the zip container; the parts are deflated by
 * Node's zlib, about four times faster than fflate's own deflate for the same size (the ×10 ledgers' 46 MB of Word XML:
 * 0.23 s against 0.85 s at level 6). The ledgers of the ×200 corpus are some 2 GB of XML, and compressing it is the
 * largest part of their cost, hence level 1: at ×50 (490 MB) 2.5 s of CPU against 4.8 s at level 6, for files 14%
 * larger (63 MB against 56 MB for all 132 files). Build-time only (node:zlib).
 */
export interface PackagePart {
	name: string;
	/**
	 * The part's text, or a function that writes it piece by piece: a large part (a thousand-document table) is then
	 * never one string, and its bytes go into one buffer reused by every package.
	 */
	data: string | ((write: (piece: string) => void) => void);
}

/*
 * The scratch buffer every part is encoded into. Allocating a buffer per part (or per piece, then joining them) made
 * the ×200 ledgers spend more CPU in garbage collection than in compression: each new buffer is external memory, which
 * makes V8 collect a heap that holds the whole corpus. It grows to the largest part made so far and stays.
 */
let scratch = Buffer.allocUnsafe(1 << 20);

function encode(data: PackagePart['data']): Buffer {
	let at = 0;
	const write = (piece: string) => {
		// UTF-8 takes at most three bytes per UTF-16 code unit.
		if (at + piece.length * 3 > scratch.length) {
			const grown = Buffer.allocUnsafe(Math.max(scratch.length * 2, at + piece.length * 3));
			scratch.copy(grown, 0, 0, at);
			scratch = grown;
		}
		at += scratch.write(piece, at, 'utf8');
	};
	if (typeof data === 'string') write(data);
	else data(write);
	return scratch.subarray(0, at);
}

export function zipPackage(parts: PackagePart[], mtime: Date): Uint8Array<ArrayBuffer> {
	const chunks: Uint8Array[] = [];
	const zip = new Zip((err, chunk) => {
		if (err) throw err;
		chunks.push(chunk);
	});
	for (const part of parts) {
		const raw = encode(part.data);
		const file: ZipInputFile = { filename: part.name, size: raw.length, crc: crc32(raw), compression: 8, mtime };
		zip.add(file);
		file.ondata!(null, deflateRawSync(raw, { level: 1 }), true);
	}
	zip.end();
	const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

const XML_SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Does a text begin or end with white space (which an XML text element keeps only with `xml:space="preserve"`)? */
export function edgeSpace(s: string): boolean {
	const a = s.charCodeAt(0);
	const z = s.charCodeAt(s.length - 1);
	return a <= 32 || z <= 32 || a === 0x3000 || z === 0x3000 || a === 0xa0 || z === 0xa0;
}

/** Text for an XML element or a double-quoted attribute; characters XML 1.0 cannot carry are dropped. */
export function xmlText(s: string): string {
	if (!XML_SPECIAL.test(s)) return s;
	return s.replace(/[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : ''));
}

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `docProps/core.xml`: title, creator and dates (the build day, so a build is reproducible). */
export function coreProperties(p: { title: string; description?: string; created: Date }): string {
	const when = p.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xmlText(p.title)}</dc:title><dc:creator>湘策</dc:creator>${p.description ? `<dc:description>${xmlText(p.description)}</dc:description>` : ''}<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

export const REL = {
	officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
	core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
	extended: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
	styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
	settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
	footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
	worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
	hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
} as const;

/** A `.rels` part: `[id, type, target, external?]`. */
export function relationships(rels: [string, string, string, boolean?][]): string {
	return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, type, target, external]) => `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"${external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;
}

/** `[Content_Types].xml`: part name → content type. */
export function contentTypes(overrides: [string, string][]): string {
	return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
}

export const APP_PROPERTIES = `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>湘策</Application></Properties>`;
