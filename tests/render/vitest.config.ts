import { getViteConfig } from 'astro/config';

/**
 * Tests that render .astro components with Astro's container API need Astro's Vite plugins; the other unit tests
 * run under the plain config (vitest.config.ts), which excludes this folder.
 */
export default getViteConfig({ test: { include: ['tests/render/**/*.test.ts'], testTimeout: 60_000, fileParallelism: false } } as never);
