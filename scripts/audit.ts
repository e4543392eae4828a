/**
 * The data audit report:
 *   npm run audit            (Markdown tables: facts by document, consistency checks, reviewed exceptions)
 * Exits 1 when a check fails, so it can gate a release as well as inform a reviewer.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { auditMarkdown, auditReport } from '../src/lib/content/audit';

const root = resolve(process.argv[2] ?? '.');
const { content, issues } = validateContent(readContent(root));
// Rule findings are counted by their own checks below; `schema` counts the rest of validation.
const schemaIssues = issues.filter((i) => !/\[rule [\w-]+\]$/.test(i.message) && !i.file.endsWith('rule-exceptions.yaml')).length;
const { exceptions } = JSON.parse(readFileSync(join(root, 'tests/content/coverage-exceptions.json'), 'utf8')) as { exceptions: Record<string, string> };
const report = auditReport(content, exceptions, schemaIssues);
console.log(auditMarkdown(report));
if (report.checks.some((c) => c.findings > 0)) process.exit(1);
