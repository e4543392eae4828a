/**
 * Page weight per page type (gzip -9): HTML + CSS + JavaScript at load. Budget for a clause page: ≤ 20 KB total,
 * ≤ 5 KB JavaScript; Pagefind and anything heavier must load only when search is opened.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pageWeight } from '../../src/lib/build/page-weight';

const dist = resolve(import.meta.dirname, '../..', process.env.XIANGCE_DIST ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('weight: no built site; run `npm run build` first');
	process.exit(1);
}
const candidates: [string, string][] = [
	['home', '/'],
	['document list', '/policies/'],
	['whole document (82号)', '/policies/xiang-zheng-ban-fa-2018-82/'],
	['clause', '/policies/xiang-zheng-han-2023-168/2-1-3/'],
	['clause with table', '/policies/xiang-jiao-tong-2024-23/att1/'],
	['unit', '/units/edu-dept/'],
	['topic', '/topics/chuyi/'],
	['search', '/search/'],
	['targets', '/targets/'],
	['deadlines', '/deadlines/'],
	['role', '/roles/higher-vocational/'],
];
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log(`${'page type'.padEnd(24)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS'.padStart(6)} ${'total'.padStart(6)}  (KB gzip)`);
for (const [name, path] of candidates) {
	if (!existsSync(join(dist, path, 'index.html'))) continue;
	const w = pageWeight(dist, path);
	const budget = name.startsWith('clause') ? (w.total <= 20 * 1024 && w.js <= 5 * 1024 ? '  within budget' : '  OVER BUDGET (20 KB / 5 KB JS)') : '';
	console.log(`${name.padEnd(24)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.total)}${budget}`);
}
const clausePages = readdirSync(join(dist, 'policies')).length;
console.log(`(${clausePages} folders under /policies/; the stylesheet is one shared file, cached after the first page)`);
