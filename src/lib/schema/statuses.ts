/** The status words, in a module without zod so browser code (the search filters) can import them. */

/** 北大法宝's 时效性 categories, plus 未知 where no text in the corpus states the status. */
export const LIFECYCLE_STATUSES = ['现行有效', '已修改', '已废止', '失效', '尚未生效', '未知'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** The marker for "no text in the corpus says so". */
export const NOT_STATED = '原文未载';

/** The status as a search facet and table value: the status word, 未知 as 未知（原文未载）. */
export function statusLabel(status: LifecycleStatus): string {
	return status === '未知' ? `未知（${NOT_STATED}）` : status;
}
