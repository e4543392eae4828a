// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { rehypeTableScroll } from './src/lib/render/rehype-table-scroll.ts';
import { rehypeRefLinks } from './src/lib/render/rehype-ref-links.ts';
import { refLinkOptionsFromDisk } from './src/lib/render/ref-link-options.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? 'https://xiangce.example.org',
	// scripts/build.ts builds into a temporary folder and swaps it in, so a failed build leaves dist/ untouched.
	outDir: process.env.XIANGCE_OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx()],
	markdown: {
		// Clause text is verbatim: no smart punctuation. GFM for tables; rehype-slug for heading anchors.
		processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug, [rehypeRefLinks, refLinkOptionsFromDisk()], rehypeTableScroll] }),
	},
	devToolbar: { enabled: false },
});
