import type { Corpus } from '../corpus';
import { clausesApplying } from './applies';
import { selfCheckRoles } from './self-check';

/**
 * What a unit's or role's 落实台账 links say (components/LedgerLinks.astro): how many clauses apply to it, whether
 * some apply through a broader unit (and which), and whether it has a self-check.
 */
export function ledgerLinks(corpus: Corpus, unitId: string) {
	const clauses = clausesApplying(corpus, unitId);
	return {
		applying: clauses.length,
		selfCheck: selfCheckRoles(corpus).includes(unitId),
		broader: corpus.hierarchy.broader(unitId).map((id) => corpus.unit.get(id)?.name ?? id).join('、'),
		viaBroader: clauses.some((a) => a.obligations.some((o) => o.via) || a.deadlines.some((d) => d.via) || a.responsible?.via),
	};
}
