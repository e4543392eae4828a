import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { idRedirects, idTable } from '../../src/lib/citations/id-table';
import { ID_PREFIX, locatorPath, numberForms, resolveId } from '../../src/lib/citations/id-resolver';

describe('static /id/ redirect pages', () => {
	it('are exactly the forms the resolver itself sends to each document and clause (without asking it per clause)', () => {
		const corpus = corpusFromDisk(join(import.meta.dirname, '../..'));
		const table = idTable(corpus);
		const byResolver = table.docs.flatMap((d) => {
			const canonical = numberForms(d.number)[0]!;
			return [
				...numberForms(d.number).map((f) => ({ from: `${ID_PREFIX}${f}/`, to: d.url })),
				...d.clauses.flatMap((c) => {
					const p = locatorPath(c.locator);
					const r = resolveId(`${canonical}/${p}`, table);
					return r.kind === 'clause' && r.url === c.url ? [{ from: `${ID_PREFIX}${canonical}/${p}/`, to: c.url }] : [];
				}),
			];
		});
		expect(idRedirects(corpus)).toEqual(byResolver.sort((a, b) => a.from.localeCompare(b.from)));
	});
});
