/**
 * On the 404 page: show the path that was asked for; resolve an `/id/` link (any way of writing a 发文字号, a
 * clause place) to its page and go there; otherwise offer the closest documents and clauses, and put the words
 * of the path in the search box. The resolution rules are the build's own (src/lib/citations/id-resolver.ts).
 */
import { closestPages, ID_PREFIX, ID_TABLE_URL, resolveId, type IdTable, type Suggestion } from '../lib/citations/id-resolver';

function decoded(path: string): string {
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

const path = decoded(location.pathname);
const shown = document.querySelector<HTMLElement>('[data-not-found-path]');
if (shown) {
	shown.querySelector('code')!.textContent = path;
	shown.hidden = false;
}
const box = document.querySelector<HTMLElement>('[data-resolver]')!;
const status = box.querySelector<HTMLElement>('[data-resolver-status]')!;
const list = box.querySelector<HTMLUListElement>('[data-suggestions]')!;

function offer(message: string, items: Suggestion[]): void {
	status.textContent = message;
	list.replaceChildren(
		...items.map((s) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = s.url;
			a.textContent = s.label;
			li.append(a);
			return li;
		}),
	);
	box.hidden = false;
}

// Words of the path (Chinese, or a 发文字号) are a good first search.
const words = path.split('/').filter((w) => /\p{Script=Han}/u.test(w)).join(' ');
const q = document.querySelector<HTMLInputElement>('#not-found-q');
if (q && words && !q.value) q.value = words;

async function run(): Promise<void> {
	const res = await fetch(ID_TABLE_URL);
	if (!res.ok) return;
	const table = (await res.json()) as IdTable;
	if (path.startsWith(ID_PREFIX)) {
		const r = resolveId(path.slice(ID_PREFIX.length), table);
		if (r.kind === 'doc' || r.kind === 'clause') {
			offer('正在打开：', [{ url: r.url, label: r.kind === 'clause' ? `${r.doc.number} ${r.clause.name}` : `${r.doc.number} ${r.doc.title}` }]);
			location.replace(r.url + location.hash);
			return;
		}
		if (r.kind === 'ambiguous-doc') return offer('有多份文件符合这个文号，请选择：', r.docs.map((d) => ({ url: d.url, label: `${d.number} ${d.title}` })));
		if (r.kind === 'unknown-clause') {
			return offer(`找到了文件 ${r.doc.number}，但没有确定是哪一条。是下列条款之一吗？`, [
				...r.closest.map((c) => ({ url: c.url, label: `${r.doc.number} ${c.locator}：${c.name}` })),
				{ url: r.doc.url, label: `${r.doc.number} 全文` },
			]);
		}
	}
	offer('最接近的页面：', closestPages(path, table));
}

run().catch(() => undefined);
