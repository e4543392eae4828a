import { describe, expect, it } from 'vitest';
import { auditMarkdown, auditReport } from '../../src/lib/content/audit';
import type { ValidContent } from '../../src/lib/content/validate';
import { ob, ruleInput } from './rules/input';

const input = ruleInput([
	{ id: '1', text: '高职院校建设20个基地。', obligations: [ob(['higher-vocational'], 'should', '高职院校建设20个基地')], targets: [{ subject: '基地', value: 20, unit: '个', quote: '20个基地' }] },
	{ id: '2', text: '高职院校建设20个基地。', quality: [{ kind: 'duplicate', note: '同1', of: '1' }], obligations: [ob(['higher-vocational'], 'should', '高职院校建设20个基地')] },
	{ id: '3', text: '(不超过200字)', kind: 'form', formLimits: [{ field: '概况', kind: 'length', value: 200, unit: '字', comparator: 'at-most', quote: '(不超过200字)' }] },
]);
const content = { ...input, clauses: input.clauses.map((c) => ({ ...c, body: c.text })), topics: new Map(), external: new Map(), ruleExceptions: [] } as unknown as ValidContent;

describe('data audit', () => {
	const r = auditReport(content, {});
	it('counts facts by kind per document, duplicates apart', () => {
		expect(r.total).toMatchObject({ clauses: 3, targets: 1, formLimits: 1, duplicateClauses: 1, duplicateFacts: 1 });
		expect(r.total.obligations).toEqual({ must: 0, should: 1, encouraged: 0, supported: 0, may: 0 });
	});
	it('reports every check with what it looked at, and fails none on clean data', () => {
		expect(r.checks.map((c) => c.id)).toEqual(['schema', 'verbatim', 'modality', 'actors', 'unit-level', 'form-limits', 'duplicates', 'hierarchy', 'coverage-words', 'coverage-facts', 'stale-exceptions']);
		expect(r.checks.filter((c) => c.findings > 0)).toEqual([]);
		const md = auditMarkdown(r);
		expect(md).toContain('## Facts by document');
		expect(md).toContain('| `modality` |');
	});
});
