import { defineConfig } from 'vitest/config';

/** Browser tests run against the built dist/ (npm run build first), one file at a time: the machine has 2 cores. */
export default defineConfig({
	test: {
		globalSetup: ['./tests/setup/tmpdir.ts'],
		include: ['tests/browser/**/*.test.ts', 'tests/search/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false,
	},
});
