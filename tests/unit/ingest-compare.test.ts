import { describe, expect, it } from 'vitest';
import { compareFacts, overlaps, type CompareClause } from '../../src/lib/ingest/compare';
import type { ClauseFacts } from '../../src/lib/ingest/draft';

const facts = (over: Partial<ClauseFacts>): ClauseFacts => ({ obligations: [], targets: [], formLimits: [], deadlines: [], responsible: [], refs: [], quality: [], ...over });
const target = (value: number, quote: string) => ({ subject: 's', value, unit: '个', approx: false, comparator: 'exact' as const, quote });

describe('extraction benchmark matching', () => {
	it('treats quotes cut at different places as the same words', () => {
		expect(overlaps('系统培养6000 名左右', '6000 名左右熟悉系统集成')).toBe(true);
		expect(overlaps('每个市州至少应建立1个以上联合体', '1个以上联合体')).toBe(true);
		expect(overlaps('建设 20 个基地', '培养 100 名名师')).toBe(false);
	});
	it('matches one to one within the clause that holds the quote, whatever the draft called the clause', () => {
		const text = '建设 20 个基地，培养 100 名名师。';
		const curated: CompareClause[] = [{ id: '2-1', text, facts: facts({ targets: [target(20, '建设 20 个基地'), target(100, '100 名名师')] }) }];
		const draft: CompareClause[] = [{ id: '2-1-dup2', text, facts: facts({ targets: [target(20, '20 个基地'), target(20, '20 个基地'), target(5, '建设')] }) }];
		const s = compareFacts(curated, draft, ['targets']).targets;
		expect(s).toMatchObject({ proposed: 3, curated: 2, matched: 1 });
	});
	it('counts agreement on matched pairs (modality)', () => {
		const o = (modality: 'should' | 'must', quote: string) => ({ actors: ['edu-dept'], action: 'a', modality, quote });
		const c = [{ id: '1', text: '要建设基地，确保质量。', facts: facts({ obligations: [o('should', '要建设基地'), o('must', '确保质量')] }) }];
		const d = [{ id: '1', text: '要建设基地，确保质量。', facts: facts({ obligations: [o('should', '要建设基地'), o('should', '确保质量')] }) }];
		expect(compareFacts(c, d, ['obligations']).obligations).toMatchObject({ matched: 2, agree: { modality: 1, actors: 2 } });
	});
});
