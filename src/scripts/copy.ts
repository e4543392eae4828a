/**
 * Copy buttons for citations and links. Without JavaScript the buttons stay hidden and the texts are shown
 * to select; with it, a button copies its text, says so in the control's live region, and where the browser
 * refuses the clipboard (permissions, insecure context) selects the text and asks the reader to press Ctrl+C.
 */

const today = new Date();
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;

// A GB/T 7714 reference carries the date it was accessed: make it the reader's today, not the build day.
for (const el of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
	el.textContent = (el.textContent ?? '').replace(`[${el.dataset.accessed}]`, `[${iso}]`);
	el.dataset.accessed = iso;
}
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) b.hidden = false;

function selectText(el: Element): void {
	const range = document.createRange();
	range.selectNodeContents(el);
	const sel = getSelection();
	sel?.removeAllRanges();
	sel?.addRange(range);
}

async function copy(button: HTMLButtonElement): Promise<void> {
	const source = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
	const text = button.dataset.copyText ?? source?.textContent ?? '';
	const status = button.closest('[data-copy-scope]')?.querySelector<HTMLElement>('[data-copy-status]');
	const say = (msg: string) => {
		if (status) status.textContent = msg;
	};
	try {
		if (!navigator.clipboard) throw new Error('no clipboard');
		await navigator.clipboard.writeText(text);
		say(`已复制${button.dataset.what ?? ''}。`);
		const label = button.textContent;
		button.textContent = '已复制';
		setTimeout(() => (button.textContent = label), 2000);
	} catch {
		if (source) {
			selectText(source);
			say('浏览器不允许直接写入剪贴板：文字已选中，请按 Ctrl+C（Mac 为 ⌘C）复制。');
		} else if (status) {
			// Nothing on the page shows this text (a link address): show it in the status line and select it there.
			status.textContent = text;
			selectText(status);
		}
	}
}

document.addEventListener('click', (e) => {
	const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
	if (button) void copy(button);
});
