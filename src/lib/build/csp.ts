import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy for the static site: no inline script or style unless its hash is listed.
 * The hashes are computed from the built HTML, so whatever Astro inlines is allowed exactly and nothing else.
 */

// Data blocks (JSON-LD, JSON) are not run, so they need no hash; hashing them would bloat the site-wide header.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

export function sha256(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Hashes of the inline <script> and <style> blocks of one HTML page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
	const all = (re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => sha256(m[1] ?? '')))].sort();
	return { scripts: all(INLINE_SCRIPT), styles: all(INLINE_STYLE) };
}

/** The policy. `frame-ancestors` only works as a header, so the meta-tag form leaves it out. */
export function policy(h: { scripts: string[]; styles: string[] }, form: 'meta' | 'header'): string {
	const directives = [
		"default-src 'self'",
		// Pagefind runs its index through WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${h.scripts.join(' ')}`.trim(),
		`style-src 'self' ${h.styles.join(' ')}`.trim(),
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		...(form === 'header' ? ["frame-ancestors 'none'"] : []),
	];
	return directives.join('; ');
}

/** Put the policy in <head> before anything it governs (right after the charset, which must come first). */
export function injectCspMeta(html: string): string {
	if (html.includes('http-equiv="Content-Security-Policy"')) return html;
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineHashes(html), 'meta')}">`;
	const charset = html.match(/<meta charset="[^"]*">/i);
	return charset ? html.replace(charset[0], `${charset[0]}${meta}`) : html.replace(/<head>/i, `<head>${meta}`);
}

/** The union of the inline hashes of many pages, gathered one page at a time (a big site does not fit in memory). */
export class SiteHashes {
	readonly scripts = new Set<string>();
	readonly styles = new Set<string>();
	add(html: string): void {
		const h = inlineHashes(html);
		h.scripts.forEach((s) => this.scripts.add(s));
		h.styles.forEach((s) => this.styles.add(s));
	}
	/** `_headers` (Netlify/Cloudflare Pages format) with a site-wide policy allowing every page's hashes. */
	headersFile(): string {
		return [
			'/*',
			`  Content-Security-Policy: ${policy({ scripts: [...this.scripts].sort(), styles: [...this.styles].sort() }, 'header')}`,
			'  X-Content-Type-Options: nosniff',
			'  Referrer-Policy: strict-origin-when-cross-origin',
			'',
		].join('\n');
	}
}

/** `_headers` for a list of pages. */
export function headersFile(pages: string[]): string {
	const all = new SiteHashes();
	pages.forEach((p) => all.add(p));
	return all.headersFile();
}
