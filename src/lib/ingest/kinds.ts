import type { ClauseKind, ClauseSkeleton } from './structure';

/** Words of a section heading that say what its items are. */
const SECTION_KINDS: [RegExp, ClauseKind][] = [
	[/目标|总体要求|指导思想|基本原则/, 'goal'],
	[/保障/, 'safeguard'],
	[/条件/, 'condition'],
];
/** An attachment that is a form to fill in rather than a text or table to read. */
const FORM_TITLE = /书$|汇总表|申请表|登记表|报名表|推荐表|申报表/;

/**
 * Guess each clause's kind from its position and wording (the draft's kinds are a proposal like its facts):
 * a numbered heading with items under it is a section; items take their kind from the section heading above them
 * (目标 → goal, 保障 → safeguard, 条件 → condition); top-level items of an enclosed 若干措施 are measures; a form
 * attachment, its rows and notes keep their own kinds; everything else numbered is a task.
 */
export function guessKinds(clauses: ClauseSkeleton[], heading?: string): void {
	const byId = new Map(clauses.map((c) => [c.id, c]));
	const hasChildren = new Set(clauses.map((c) => c.parent).filter((p): p is string => Boolean(p)));
	const ancestors = (c: ClauseSkeleton): ClauseSkeleton[] => {
		const out: ClauseSkeleton[] = [];
		for (let p = c.parent ? byId.get(c.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined) out.push(p);
		return out;
	};
	for (const c of clauses) {
		if (['preamble', 'signature', 'table-row', 'procedure'].includes(c.kind)) continue;
		if (c.kind === 'attachment') {
			if (c.title && FORM_TITLE.test(c.title)) c.kind = 'form';
			continue;
		}
		if (/^(?:说\s*明|注|备注)$/.test(c.title ?? '')) {
			c.kind = 'note';
			continue;
		}
		if (hasChildren.has(c.id)) {
			c.kind = 'section';
			continue;
		}
		const words = [c, ...ancestors(c)].map((x) => x.title ?? '').join(' ');
		const fromSection = SECTION_KINDS.find(([re]) => re.test(words))?.[1];
		if (fromSection) c.kind = fromSection;
		else if (!c.parent && heading && /措施/.test(heading)) c.kind = 'measure';
		else c.kind = 'task';
	}
}
