import { datesIn } from './numbers';
import type { ClauseData } from '../schema/clause';

/** A number with a measure word: 20 个, 一所, 50%, 10000元, 每5年. */
const MEASURE = /[\d零一二两三四五六七八九十百千万半]+\s*(?:个|所|名|家|门|本|%|％|元|人|年|月|项|份|条|倍|万元|亿元)/;
/** Modal words, with look-arounds that skip the same characters inside ordinary words (主要, 适应, 可持续…). */
const MODAL = /须|不得|严格|确保|原则上|鼓励|倡导|支持|推动|探索|允许|(?<![主重需纲概简])要(?![素点])|(?<![适对供响相反])应(?![用急])|(?<![认许])可(?!持续|能)/;

/** Why a clause should carry structured data (empty when it need not). */
export function needsFacts(text: string): string[] {
	const why: string[] = [];
	const m = text.match(MEASURE);
	if (m) why.push(`number with a measure word “${m[0]}”`);
	const d = datesIn(text);
	if (d.length) why.push(`date ${d[0]}`);
	const mo = text.match(MODAL);
	if (mo) why.push(`modal word “${mo[0]}”`);
	return why;
}

/** Does the clause carry any structured fact? Topics alone do not count. */
export function hasFacts(d: ClauseData): boolean {
	return d.obligations.length + d.targets.length + d.deadlines.length + d.responsible.length + d.refs.length > 0;
}
