import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftDocument, type Draft } from '../../src/lib/ingest/draft';
import { writeDraft } from '../../src/lib/ingest/write';
import { paragraphsOf } from '../../src/lib/ingest/paragraphs';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { formatIssue } from '../../src/lib/content/error-map';
import { checkFidelity } from '../../src/lib/content/fidelity';
import { mdxToPlain } from '../../src/lib/content/mdx-text';
import { bodyToMdx } from '../../src/lib/ingest/render';
import { changeLogIssues } from '../../src/lib/content/change-log';
import { recordedHashes } from '../../src/lib/build/change-gate';
import { corpus, curatedSlugs, libraryCopy } from './ingest-helpers';

const root = join(import.meta.dirname, '../..');
const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/ingest', name), 'utf8');
const draftOf = (text: string, issuers?: string[]) => draftDocument(text, corpus, { sourceFile: 'fixture.txt', issuers });
const ids = (d: Draft) => d.clauses.map((c) => c.id);
const clause = (d: Draft, id: string) => d.clauses.find((c) => c.id === id)!;

describe('ingest on texts in other styles', () => {
	it('a regulation in articles (第一章/第一条) with full-width digits, ［］ in its number and other page markers', () => {
		const d = draftOf(fixture('roundtrip.txt'));
		expect(d.slug).toBe('xiang-jiao-fa-2025-7');
		expect(d.document).toMatchObject({ number: '湘教发〔2025〕7号', issuers: ['edu-dept'], date: '2025-03-10', disclosure: '主动公开', shortTitle: '职业院校实习实训基地建设管理办法', attachments: [{ n: 1, title: '职业院校实习实训基地建设任务分工表', status: 'present' }] });
		expect(ids(d)).toEqual(['preamble', 'sign', '1', '1-1', '1-2', '2', '2-3', '2-4', '2-5', '3', '3-6', '3-7', '3-8', 'att1', 'att1-1', 'att1-2']);
		expect(clause(d, '2-3').label).toBe('第三条');
		expect(clause(d, '2-3').facts.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([[100, '个', 'exact'], [2, '个', 'at-least'], [5000, '人次', 'at-least']]);
		expect(clause(d, '2-3').facts.targets[0]!.period).toEqual({ kind: 'by', year: 2027, words: '到２０２７年' });
		expect(clause(d, '3-6').facts.deadlines[0]).toMatchObject({ date: '2025-06-30', who: ['city-edu-bureau'], to: ['edu-dept'] });
		expect(clause(d, '1-1').facts.refs.map((r) => r.external ?? r.doc)).toEqual(['vocational-education-law', 'xiang-jiao-tong-2024-23']);
		expect(clause(d, 'att1-1').facts.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['edu-dept:lead', 'city-gov:co']);
		expect(clause(d, 'att1-2').facts.quality.map((q) => q.kind)).toEqual(['table-structure']);
		expect(d.summary.blocking).toEqual([]);
	});
	it('a national notice: （） in the number, 一是/二是, ①②, Chinese-numeral date, unknown issuer reported not guessed', () => {
		const d = draftOf(fixture('national-articles.txt'));
		expect(d.document).toMatchObject({ number: '教职成厅函〔2023〕12号', date: '2023-05-08', issuers: [], addresseeRoles: [] });
		expect(ids(d)).toEqual(['preamble', '1', '1-1', '1-2', '2', '2-1', '2-1-1', '2-1-2', '2-2', '3', 'sign']);
		expect(clause(d, '1-1').body).toEqual(['坚持育人为本，把学生实习作为人才培养的重要环节。']);
		expect(clause(d, '1-2').facts.obligations[0]).toMatchObject({ modality: 'must', actors: ['vocational-school'] });
		expect(clause(d, '2-2').facts.deadlines[0]).toMatchObject({ date: '2023-12-31', quote: '２０２３年１２月３１日前' });
		expect(d.summary.blocking).toEqual([expect.stringContaining('no issuer')]);
		const unplaced = d.summary.unplaced.map((u) => `${u.line}:${u.text}`);
		expect(unplaced).toEqual(expect.arrayContaining(['1:教育部办公厅', '34:教育部办公厅', '5:新疆生产建设兵团教育局', '32:《职业学校学生实习管理规定》（教职成〔2016〕3号）']));
	});
	it('a provincial notice: () in the number, (1) items, "第2页 共3页", a table with 牵头单位/配合单位 columns', () => {
		const d = draftOf(fixture('province-table.txt'));
		expect(d.document).toMatchObject({ number: '湘人社函〔2024〕15号', title: '湖南省人力资源和社会保障厅关于推进技工院校工学一体化改革的通知', issuers: ['hrss-dept'], addresseeRoles: ['city-hrss-bureau', 'technical-school'], date: '2024-03-01' });
		expect(ids(d)).toEqual(['1', '2', '2-1', '2-2', '3', 'sign']);
		expect(clause(d, '3').facts.responsible.map((r) => `${r.unit}:${r.role}`)).toEqual(['hrss-dept:lead', 'edu-dept:co', 'finance-dept:co']);
		expect(clause(d, '3').facts.obligations).toEqual([]);
		expect(clause(d, '2-2').facts.targets[0]).toMatchObject({ value: 300, unit: '名', comparator: 'at-least', period: { kind: 'every', months: 12 } });
	});
	it('blank lines and page markers of other forms do not change the paragraphs', () => {
		const plain = '（一）主要目标\n\n到2025年，建设 20 个左右基地，培养一批名\n师。';
		for (const marker of ['— 2 —', '－２－', '·3·', '第 2 页', '第2页 共10页', '- 2 -']) {
			expect(paragraphsOf(plain.replace('一批名\n', `一批名\n\n\n${marker}\n\n\n`)).map((p) => p.text)).toEqual(paragraphsOf(plain).map((p) => p.text));
		}
	});
});

describe('every draft validates with no hand edit and keeps every sentence of its source', () => {
	const sources = [
		...readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(join(root, 'sources', f), 'utf8') })),
		...['roundtrip.txt', 'national-articles.txt', 'province-table.txt', 'sample.txt', 'rules-notice.txt'].map((f) => ({ name: f, text: fixture(f) })),
	];
	it.each(sources)('$name', ({ name, text }) => {
		// Into a copy of the library, as a new document joins it (see libraryCopy). A source the library already holds
		// goes in under a new slug beside its curated twin. Issuers are passed only where the text names none that
		// units.yaml knows (82号 has no letterhead; the national notice's office is not listed).
		const dir = libraryCopy();
		const slug = curatedSlugs.has(name) ? `draft-${curatedSlugs.get(name)}` : undefined;
		const draft = draftDocument(text, corpus, { sourceFile: name, slug, issuers: ['003_6dbe643eb8838f3a.txt', 'national-articles.txt', 'sample.txt'].includes(name) ? ['hunan-gov-office'] : undefined });
		expect(draft.summary.blocking).toEqual([]);
		// The data rules are met by construction: nothing had to be left out for failing one.
		expect(draft.summary.unplaced.filter((u) => /left out/.test(u.reason))).toEqual([]);
		writeDraft(dir, draft as Draft & { slug: string }, { path: join(dir, 'sources', name), text, file: name });
		const { content, issues } = validateContent(readContent(dir));
		expect(issues.map(formatIssue)).toEqual([]);
		// …and the change-log gate accepts the new document (its `added` entry), with every curated one unchanged.
		expect(changeLogIssues(recordedHashes(dir), content).map(formatIssue)).toEqual([]);
		const clauses = content.clauses.filter((c) => c.doc === draft.slug).map((c) => ({ id: c.id, label: c.data.label, text: c.text }));
		const report = checkFidelity(text, clauses, content.documents.get(draft.slug!)!.printed.map((p) => p.text));
		expect(report.lost).toEqual([]);
		expect(report.invented).toEqual([]);
		expect(draft.clauses.every((c) => mdxToPlain(bodyToMdx(c.body)).length > 0 || c.kind === 'attachment' || c.facts.quality.length > 0)).toBe(true);
	});
});
