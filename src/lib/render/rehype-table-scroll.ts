import type { Element, Root, RootContent } from 'hast';

/**
 * Wide tables (the 产业布局表 has 17 columns) scroll sideways on a phone. A scrolling region must be reachable by
 * keyboard and named for screen readers, so each <table> is wrapped in a focusable, labelled region.
 */
export function rehypeTableScroll() {
	return (tree: Root) => {
		const wrap = (children: RootContent[]) => {
			children.forEach((node, i) => {
				if (node.type !== 'element') return;
				if (node.tagName === 'table') {
					const region: Element = {
						type: 'element',
						tagName: 'div',
						properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: '表格（可横向滚动）' },
						children: [node],
					};
					children[i] = region;
				} else wrap(node.children);
			});
		};
		wrap(tree.children);
	};
}
