import { describe, expect, it } from 'vitest';
import { headersFile, injectCspMeta, inlineHashes, policy, sha256 } from '../../src/lib/build/csp';

const page = '<!doctype html><html><head><title>t</title><style>a{color:red}</style></head><body><script type="module">console.log(1)</script><script src="/x.js"></script></body></html>';

describe('csp', () => {
	it('hashes inline scripts and styles, not external ones', () => {
		const h = inlineHashes(page);
		expect(h.scripts).toEqual([sha256('console.log(1)')]);
		expect(h.styles).toEqual([sha256('a{color:red}')]);
	});
	it('forbids inline script except by hash', () => {
		const p = policy(inlineHashes(page), 'meta');
		expect(p).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256('console.log(1)')}`);
		expect(p).not.toContain('unsafe-inline');
		expect(p).toContain("object-src 'none'");
		expect(p).not.toContain('frame-ancestors');
	});
	it('puts the meta tag right after the charset', () => {
		const out = injectCspMeta(page.replace('<head>', '<head><meta charset="utf-8">'));
		expect(out).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
	});
	it('puts the meta tag first in <head>, once', () => {
		const out = injectCspMeta(page);
		expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<title>'));
		expect(injectCspMeta(out)).toBe(out);
	});
	it('leaves data blocks (JSON-LD) unhashed: they are not run', () => {
		const withLd = page.replace('</head>', '<script type="application/ld+json">{"@type":"Legislation"}</script></head>');
		expect(inlineHashes(withLd).scripts).toEqual([sha256('console.log(1)')]);
	});
	it('writes a _headers file with frame-ancestors', () => {
		expect(headersFile([page])).toMatch(/^\/\*\n  Content-Security-Policy: .*frame-ancestors 'none'/);
	});
});
