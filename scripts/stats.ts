/**
 * Counts of the curated content, for closing notes and the README.
 *   npx tsx scripts/stats.ts
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { MODALITIES } from '../src/lib/schema';

const { content, issues } = validateContent(readContent(resolve(import.meta.dirname, '..')));
if (issues.length) console.warn(`(${issues.length} validation problems; counts may be incomplete)`);
const sum = (f: (c: (typeof content.clauses)[number]) => number) => content.clauses.reduce((n, c) => n + f(c), 0);
console.log(`documents ${content.documents.size}, clauses ${content.clauses.length}, units ${[...content.units.values()].filter((u) => u.type === 'body').length} bodies + ${[...content.units.values()].filter((u) => u.type === 'role').length} roles, topics ${content.topics.size}, external documents ${content.external.size}`);
for (const [slug, d] of content.documents) {
	const cs = content.clauses.filter((c) => c.doc === slug);
	const n = (k: 'obligations' | 'targets' | 'deadlines' | 'responsible' | 'refs' | 'quality') => cs.reduce((a, c) => a + c.data[k].length, 0);
	console.log(`  ${d.number.padEnd(16)} clauses ${String(cs.length).padStart(3)}  obligations ${String(n('obligations')).padStart(3)}  targets ${String(n('targets')).padStart(3)}  deadlines ${n('deadlines')}  responsible ${String(n('responsible')).padStart(3)}  refs ${String(n('refs')).padStart(3)}  quality ${String(n('quality') + d.quality.length).padStart(3)}`);
}
const byModality = Object.fromEntries(MODALITIES.map((m) => [m, sum((c) => c.data.obligations.filter((o) => o.modality === m).length)]));
console.log(`obligations ${sum((c) => c.data.obligations.length)} by modality ${JSON.stringify(byModality)}`);
console.log(`targets ${sum((c) => c.data.targets.length)}, deadlines ${sum((c) => c.data.deadlines.length)}, responsible ${sum((c) => c.data.responsible.length)}, refs ${sum((c) => c.data.refs.length)} (${sum((c) => c.data.refs.filter((r) => r.external).length)} external), topic tags ${sum((c) => c.data.topics.length)}`);
const flags = [...content.clauses.flatMap((c) => c.data.quality), ...[...content.documents.values()].flatMap((d) => d.quality)];
const byKind: Record<string, number> = {};
for (const f of flags) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
console.log(`quality flags ${flags.length} ${JSON.stringify(byKind)}`);
console.log(`clauses with no structured data: ${content.clauses.filter((c) => c.data.obligations.length + c.data.targets.length + c.data.deadlines.length + c.data.responsible.length + c.data.refs.length === 0).length}`);
