/** The site's public origin: `SITE_URL`, or the placeholder the project builds with (astro.config.mjs, build). */
export const SITE_URL = process.env.SITE_URL ?? 'https://xiangce.example.org';
