import { pinyin } from 'pinyin-pro';
import { parseDocNumber } from '../citations/ref-mentions';
import { DOC_SLUG_RE } from '../schema/ids';

/**
 * The README's slug rule: the 发文字号's prefix in pinyin words, then year and serial
 * (湘政办发〔2018〕82号 → `xiang-zheng-ban-fa-2018-82`). `pinyin-pro` reads each character in context; null when
 * the number does not parse or gives no pinyin (then `--slug` must be given).
 */
export function slugFromNumber(number: string): string | null {
	const p = parseDocNumber(number);
	if (!p) return null;
	const words = pinyin(p.prefix, { toneType: 'none', type: 'array', nonZh: 'removed', v: true })
		.map((w) => w.toLowerCase().replace(/[^a-z]/g, ''))
		.filter(Boolean);
	const slug = `${words.join('-')}-${p.year}-${p.serial}`;
	return words.length && DOC_SLUG_RE.test(slug) ? slug : null;
}
