import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFileKey, viewPageKey } from '../../src/lib/build/cache-keys';
import { corpusFromDisk } from '../../src/lib/corpus/from-disk';
import { unitDocuments } from '../../src/lib/corpus';
import { clausesApplying } from '../../src/lib/views/applies';
import { ledgerLinks } from '../../src/lib/views/ledger-links';
import { unitDuties } from '../../src/lib/views/unit-duties';

/**
 * Cache keys of the pages the incremental build may reuse: a key must change whenever something its page shows
 * changes (or the page would be served stale), and should not change otherwise (or the page is rendered again for
 * nothing). On the real corpus, with every clause entry's digest `v1` and one clause's changed to `v2`.
 */
const corpus = corpusFromDisk(resolve(import.meta.dirname, '../..'));
const inputs = (changed?: string) => {
	const clauseDigest = new Map(corpus.clauses.map((c) => [c.key, 'v1']));
	if (changed) clauseDigest.set(changed, 'v2');
	return { corpus, clauseDigest, site: 'site' };
};

describe('viewPageKey', () => {
	const child = corpus.clauses.find((c) => c.data.parent)!;
	const view = { items: [{ clause: child, count: 3 }] };
	const key = viewPageKey(inputs(), 'units/x', view);

	it('changes with a clause the view holds and with the ancestors its citation names', () => {
		expect(viewPageKey(inputs(child.key), 'units/x', view)).not.toBe(key);
		expect(viewPageKey(inputs(`${child.doc}/${child.data.parent}`), 'units/x', view)).not.toBe(key);
	});

	it('changes with the clause an obligation says it is named in', () => {
		const c = corpus.clauses.find((x) => x.data.obligations.some((o) => o.namedIn))!;
		const named = `${c.doc}/${c.data.obligations.find((o) => o.namedIn)!.namedIn}`;
		expect(viewPageKey(inputs(named), 'v', [c])).not.toBe(viewPageKey(inputs(), 'v', [c]));
	});

	it('changes with any value of the view, with `site` and with the page', () => {
		expect(viewPageKey(inputs(), 'units/x', { items: [{ clause: child, count: 4 }] })).not.toBe(key);
		expect(viewPageKey({ ...inputs(), site: 'another day' }, 'units/x', view)).not.toBe(key);
		expect(viewPageKey(inputs(), 'units/y', view)).not.toBe(key);
	});

	it('does not change with a clause the view does not hold', () => {
		const other = corpus.clauses.find((c) => c.doc !== child.doc)!;
		expect(viewPageKey(inputs(other.key), 'units/x', view)).toBe(key);
	});

	it('keeps a unit page when a clause that does not apply to the unit changes, and not when one that does', () => {
		const day = '2026-12-01';
		const shown = (id: string) => [unitDuties(corpus, id, day), unitDocuments(corpus, id), ledgerLinks(corpus, id)];
		const unit = corpus.units.filter((u) => u.type !== 'role').map((u) => ({ id: u.id, applying: clausesApplying(corpus, u.id) })).find((u) => u.applying.length > 0 && u.applying.length < corpus.clauses.length / 4)!;
		const applying = new Set(unit.applying.map((a) => a.clause.key));
		const outside = corpus.clauses.find((c) => !applying.has(c.key) && !c.data.parent && !corpus.clauses.some((x) => x.data.parent === c.id && x.doc === c.doc))!;
		const before = viewPageKey(inputs(), `units/${unit.id}`, shown(unit.id));
		expect(viewPageKey(inputs(outside.key), `units/${unit.id}`, shown(unit.id))).toBe(before);
		expect(viewPageKey(inputs(unit.applying[0]!.clause.key), `units/${unit.id}`, shown(unit.id))).not.toBe(before);
	});
});

describe('documentFileKey', () => {
	const [a, b] = corpus.docs;
	it('changes with the document’s own clauses, not another document’s', () => {
		const key = documentFileKey(inputs(), a!, 'api');
		expect(documentFileKey(inputs(a!.clauses[0]!.key), a!, 'api')).not.toBe(key);
		expect(documentFileKey(inputs(b!.clauses[0]!.key), a!, 'api')).toBe(key);
		expect(documentFileKey(inputs(), a!, 'feed')).not.toBe(key);
	});
});
