/**
 * "加入我的清单" buttons. Without JavaScript they stay hidden (the page is complete without them); with it, each
 * shows whether its item is on the list (aria-pressed) and a press adds or removes it. A status line says what
 * happened and links to /my/. Kept tiny: it loads with every clause page.
 */
import type { ListItem } from '../../lib/views/list-items';
import { MY, add, entries, has, onChange, remove, storageAvailable } from './store';

const SELECTOR = 'button[data-my-item]';
let status: HTMLElement | undefined;

function say(text: string): void {
	if (!status) {
		status = document.createElement('p');
		status.className = 'my-toast';
		status.setAttribute('role', 'status');
		(document.querySelector('main') ?? document.body).append(status);
	}
	status.replaceChildren(`${text}（清单共 ${entries(MY).length} 项）`, ' ', Object.assign(document.createElement('a'), { href: '/my/', textContent: '查看我的清单' }));
}

function sync(): void {
	for (const b of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) b.setAttribute('aria-pressed', String(has(MY, b.dataset.myKey ?? '')));
}

if (storageAvailable()) {
	for (const b of document.querySelectorAll<HTMLButtonElement>(SELECTOR)) b.hidden = false;
	sync();
	onChange(sync);
	document.addEventListener('click', (e) => {
		const b = (e.target as Element | null)?.closest<HTMLButtonElement>(SELECTOR);
		if (!b) return;
		const item = JSON.parse(b.dataset.myItem!) as ListItem;
		if (has(MY, item.key)) {
			remove(MY, item.key);
			say(`已从我的清单移出：${item.text}`);
		} else if (add(MY, item)) say(`已加入我的清单：${item.text}`);
		else say('浏览器未能保存（存储已满或被禁用）');
		sync();
	});
}
