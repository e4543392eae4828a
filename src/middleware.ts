import { defineMiddleware } from 'astro:middleware';
import { injectCspMeta } from './lib/build/csp';

/**
 * Every page gets its Content-Security-Policy meta tag as it is rendered (hashes of exactly the inline scripts and
 * styles it carries, src/lib/build/csp.ts), so a page reused by the incremental build already has its policy and
 * the build never rewrites the whole site afterwards.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	return new Response(injectCspMeta(await response.text()), { status: response.status, headers: response.headers });
});
