import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		globalSetup: ['./tests/setup/tmpdir.ts'],
		include: ['tests/**/*.test.ts'],
		// tests/browser and tests/search run against the built site (tests/browser/vitest.config.ts).
		exclude: ['tests/browser/**', 'tests/search/**', 'node_modules/**'],
		testTimeout: 30_000,
	},
});
