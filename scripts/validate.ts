/**
 * Validate everything under content/ against the schema and the cross-checks.
 *   npm run validate [root]     (the build runs the same checks first)
 * Exit 1 with one line per problem: file:line: field: what is wrong and how to fix it. Never a stack trace.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { causeCount, validateContent } from '../src/lib/content/validate';
import { formatIssue, internalError } from '../src/lib/content/error-map';

process.on('uncaughtException', (e) => {
	console.error(internalError('validate', e));
	process.exit(2);
});
import { reviewSummary } from '../src/lib/content/review-status';

const root = resolve(process.argv[2] ?? '.');
const { content, issues } = validateContent(readContent(root));
if (issues.length) {
	for (const i of issues) console.error(formatIssue(i));
	console.error(`\n${causeCount(issues)} problem(s) in content/. Nothing was built.`);
	process.exit(1);
}
console.log(`content ok: ${content.documents.size} documents, ${content.clauses.length} clauses, ${content.units.size} units, ${content.topics.size} topics, ${content.external.size} external documents`);
const review = reviewSummary(content);
if (review) console.log(review);
