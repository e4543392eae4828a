import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` refuses a lock file that is out of step with package.json, and a lock without the optional platform
 * packages (darwin, win32, linux-arm64 builds of the compiler, Pagefind, Rolldown…) installs on those machines
 * without the native binary they need. The same two checks, offline: every dependency of every locked package,
 * optional ones included, resolves to a locked entry, and the root entry matches package.json.
 */
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; peerDependenciesMeta?: Record<string, { optional?: boolean }>; dev?: boolean }> = lock.packages;

/** Node's lookup: the package's own node_modules, then each enclosing one up to the root. */
function resolves(from: string, name: string): boolean {
	for (let at = from; ; ) {
		if (`${at ? `${at}/` : ''}node_modules/${name}` in packages) return true;
		if (!at) return false;
		const i = at.lastIndexOf('/node_modules/');
		at = i < 0 ? '' : at.slice(0, i);
	}
}

describe('package-lock.json', () => {
	it('is lockfileVersion 3 and its root entry matches package.json', () => {
		expect(lock.lockfileVersion).toBe(3);
		const top = packages['']!;
		for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) expect(top[field] ?? {}, field).toEqual(pkg[field] ?? {});
	});

	it('holds every dependency of every locked package, the optional platform packages included', () => {
		const missing: string[] = [];
		for (const [path, entry] of Object.entries(packages)) {
			const peers = Object.keys(entry.peerDependencies ?? {}).filter((n) => !entry.peerDependenciesMeta?.[n]?.optional);
			for (const name of [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...(path === '' ? Object.keys(entry.devDependencies ?? {}) : peers)]) {
				if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
			}
		}
		expect(missing, 'regenerate the lock on any machine with `npm install --package-lock-only`').toEqual([]);
	});

	it('locks native packages for Linux x64 and arm64, macOS and Windows', () => {
		const names = Object.keys(packages).map((p) => p.replace(/^.*node_modules\//, ''));
		for (const family of ['@astrojs/compiler-binding-', '@pagefind/', '@rolldown/binding-']) {
			for (const platform of [/linux-x64/, /linux-arm64/, /darwin-arm64/, /darwin-x64/, /win(?:32|dows)-x64/]) {
				expect(names.some((n) => n.startsWith(family) && platform.test(n)), `${family}${platform.source}`).toBe(true);
			}
		}
	});
});
