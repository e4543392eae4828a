/**
 * The tools above a list: export to Excel and CSV, import an exported file, print. A status line reports each
 * result. The file code loads on the first use (src/scripts/my/files.ts).
 */
import type { ListEntry, ParsedList } from '../../lib/export/list-table';

export interface ToolbarOptions {
	title: string;
	filename: string;
	entries: () => ListEntry[];
	/** Offer import; called with what was read. */
	onImport?: (parsed: ParsedList) => string;
}

export function toolbar(opts: ToolbarOptions): { element: HTMLElement; say: (text: string) => void } {
	const status = Object.assign(document.createElement('p'), { className: 'list-status' });
	status.setAttribute('role', 'status');
	const say = (text: string) => void (status.textContent = text);
	const button = (label: string, run: () => Promise<void> | void) => {
		const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label });
		b.addEventListener('click', async () => {
			b.disabled = true;
			try {
				await run();
			} catch (e) {
				say(`${label}未成功：${e instanceof Error ? e.message : String(e)}`);
			} finally {
				b.disabled = false;
			}
		});
		return b;
	};
	const exporting = async (kind: 'xlsx' | 'csv') => {
		const entries = opts.entries();
		if (!entries.length) return say('清单是空的，没有可导出的内容。');
		const files = await import('./files');
		await (kind === 'xlsx' ? files.exportXlsx(entries, opts.title, opts.filename) : files.exportCsv(entries, opts.filename));
		say(`已导出 ${entries.length} 项（${kind === 'xlsx' ? 'Excel' : 'CSV'}），请在浏览器的下载中查看。`);
	};
	const bar = Object.assign(document.createElement('div'), { className: 'list-toolbar' });
	bar.append(button('导出 Excel', () => exporting('xlsx')), button('导出 CSV', () => exporting('csv')));
	if (opts.onImport) {
		const input = Object.assign(document.createElement('input'), { type: 'file', accept: '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv' });
		const label = Object.assign(document.createElement('label'), { className: 'list-import' });
		label.append('导入（从导出的 .xlsx 或 .csv 文件）', input);
		input.addEventListener('change', async () => {
			const file = input.files?.[0];
			if (!file) return;
			try {
				const parsed = await (await import('./files')).importFile(file);
				say(parsed ? opts.onImport!(parsed) : `“${file.name}”不是从湘策导出的清单：找不到“编号”和“状态”栏。`);
			} catch (e) {
				say(`无法读取“${file.name}”：${e instanceof Error ? e.message : String(e)}`);
			}
			input.value = '';
		});
		bar.append(label);
	}
	bar.append(button('打印', () => print()));
	const wrap = document.createElement('div');
	wrap.className = 'list-tools';
	wrap.append(bar, status);
	return { element: wrap, say };
}
