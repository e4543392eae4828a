/**
 * The reviewed coverage exceptions (tests/content/coverage-exceptions.json): `<doc>/<id>` excuses a whole clause;
 * `<doc>/<id> “words”` excuses the directive words inside those words of the clause's text. Shared by the
 * coverage test and the audit report.
 */
export interface CoverageExceptions {
	exceptions: Record<string, string>;
}

const KEY = /^(\S+)(?: “(.+)”)?$/u;

export function coverageExcused(exceptions: Record<string, string>, clauses: { doc: string; id: string; text: string }[]) {
	const entries = Object.keys(exceptions).map((key) => {
		const [, clause, words] = key.match(KEY) ?? [];
		const c = clauses.find((x) => `${x.doc}/${x.id}` === clause);
		const at = words && c ? c.text.indexOf(words) : -1;
		return { key, clause: clause ?? key, words, span: at >= 0 ? { start: at, end: at + words!.length } : undefined, exists: !!c && (!words || at >= 0) };
	});
	const whole = (clause: string) => entries.some((e) => e.clause === clause && !e.words);
	return {
		/** The whole clause is excused. */
		clause: whole,
		/** The directive word at `index` of the clause's text is excused. */
		word: (clause: string, index: number) => whole(clause) || entries.some((e) => e.clause === clause && e.span && e.span.start <= index && index < e.span.end),
		/** Keys that name no clause (or words not in it), or excuse nothing any more. */
		stale(coverage: { clause: string; words: { index: number }[] }[], withoutFacts: string[]): string[] {
			return entries
				.filter((e) => {
					if (!e.exists) return true;
					const hits = coverage.find((x) => x.clause === e.clause)?.words ?? [];
					if (e.words) return !hits.some((w) => e.span!.start <= w.index && w.index < e.span!.end);
					return !hits.length && !withoutFacts.includes(e.clause);
				})
				.map((e) => e.key);
		},
	};
}
