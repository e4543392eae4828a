import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changeLogIssues, type ContentHashes } from '../content/change-log';
import { formatIssue } from '../content/error-map';
import type { ValidContent } from '../content/validate';

/** The hashes recorded in `<root>/permalinks.json`, when it has them. */
export function recordedHashes(root: string): ContentHashes | undefined {
	const file = join(root, 'permalinks.json');
	if (!existsSync(file)) return undefined;
	return (JSON.parse(readFileSync(file, 'utf8')) as { contentHashes?: ContentHashes }).contentHashes;
}

/**
 * Build step: stop when a clause's text or facts, or a document's lifecycle, changed without a change entry.
 * Prints one line per problem (file: field: what to do) and exits 1, like validation.
 */
export function requireLoggedChanges(content: ValidContent, root: string): void {
	const issues = changeLogIssues(recordedHashes(root), content);
	if (!issues.length) return;
	for (const i of issues) console.error(formatIssue(i));
	console.error(`\nbuild: ${issues.length} change(s) without a change entry; nothing was built.`);
	process.exit(1);
}
