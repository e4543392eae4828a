import type { Modality, Obligation } from '../schema/obligation';
import type { UnitData } from '../schema/unit';

/** Chinese labels for the site's UI. */
export const MODALITY_LABEL: Record<Modality, string> = {
	must: '必须',
	should: '应当',
	encouraged: '鼓励',
	supported: '支持',
	may: '可以',
};

/** Binding modalities first (必须/应当), then 鼓励/支持, then 可以. */
export const MODALITY_ORDER: Modality[] = ['must', 'should', 'encouraged', 'supported', 'may'];

export const KIND_LABEL: Record<string, string> = {
	preamble: '通知正文',
	section: '章节',
	goal: '目标',
	task: '任务',
	measure: '措施',
	condition: '条件',
	indicator: '指标',
	procedure: '程序',
	safeguard: '保障',
	attachment: '附件',
	form: '表单',
	'table-row': '表格行',
	note: '说明',
	contact: '联系方式',
	signature: '落款',
};

export const QUALITY_LABEL: Record<string, string> = {
	duplicate: '重复',
	truncated: '残缺',
	garbled: '错乱',
	typo: '笔误',
	'missing-attachment': '附件缺失',
	'missing-date': '日期缺失',
	'missing-title': '标题缺失',
	'missing-heading': '小标题缺失',
	'table-structure': '表格结构',
	other: '其他',
};

/** What kind of form instruction a form limit is. */
export const FORM_LIMIT_LABEL: Record<string, string> = { length: '篇幅', layout: '格式', cutoff: '数据截止' };

export const COMPARATOR_LABEL: Record<string, string> = { 'at-least': '不少于', 'at-most': '不超过', exact: '' };

/** `2023-12-29` → `2023年12月29日`; null → 原文未载. */
export function formatDate(iso: string | null | undefined): string {
	if (!iso) return '原文未载';
	const [y, m, d] = iso.split('-').map(Number);
	return `${y}年${m}月${d}日`;
}

/** The start of a clause's text for a name: a table row's longest cell, else the first line, cut at 24 characters. */
export function snippet(text: string, max = 24): string {
	const lines = text.split('\n').filter((l) => l.trim());
	const tabular = lines.length > 0 && lines.every((l) => l.includes('\t'));
	const pick = tabular ? (lines.at(-1) ?? '').split('\t').reduce((a, b) => (b.length > a.length ? b : a), '') : (lines[0] ?? '');
	const lead = pick.replace(/\s+/g, ' ').trim().split(/[。；]/)[0] ?? '';
	return lead.length > max ? `${lead.slice(0, max)}…` : lead;
}

/** A short display name for a clause: label and title, or the start of its text. */
export function clauseName(c: { data: { label: string; title?: string }; text: string; id: string }): string {
	return [c.data.label, c.data.title ?? snippet(c.text)].filter(Boolean).join(' ') || c.id;
}

/** How an obligation that names a broader unit is labelled on a narrower one's page: 面向全部职业院校. */
export function viaLabel(u: Pick<UnitData, 'name' | 'type' | 'level'>): string {
	if (u.type === 'role') return `面向全部${u.name}`;
	return u.level === 'any' ? `面向各级${u.name}` : `面向${u.name}`;
}

/** What a page says when the text does not name an obligation's actors (`implied`). */
export function impliedLabel(o: Pick<Obligation, 'implied' | 'namedIn'>): string | undefined {
	if (o.implied === 'addressees') return '文中未点名主体，按文件主送单位';
	if (o.implied === 'issuer') return '文中未点名主体，按发文机关';
	if (o.implied === 'context') return `文中未点名主体，主体见${o.namedIn ? '所引条款' : '上下文'}`;
	return undefined;
}

/** A text similarity as pages print it (and as clause pages' cache keys take it: src/lib/build/cache-keys.ts). */
export const formatSimilarity = (s: number): string => s.toFixed(2);
