import type { FormLimit } from '../../schema/form-limit';
import { pieces, sentences } from './text';

/** Type, size and spacing: each its own instruction (文字内容的字体为…，字号为…，行距为…). */
const TYPESETTING = /字体|字号|行距/u;
/** Paper, printing and binding: one instruction per sentence (使用 A4 纸双面打印，左侧装订). */
const PRINTING = /A4|Ａ４|双面打印|单面打印|装订/u;
/** A data cut-off (年度数据截止时间为每年 12 月 31 日). */
const CUTOFF = /截止时间为|截止日期为/u;

/** A note's own number at the start of its sentence: 三、 (四) 5. ①. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳])\s*/u;
/** The part of the form a sentence is about, named at its start: 文字内容(的字体…), 推荐书的正文(部分使用…), 年度数据(截止…). */
const fieldOf = (piece: string): string | undefined => piece.match(/^(.+?)(?:的(?=字体|字号|行距)|部分(?=使用|请|须|应|要)|(?=截止时间为|截止日期为|使用))/u)?.[1];

/**
 * Form instructions that count nothing (a length limit such as 不超过200字 comes from the target extractor and is
 * moved by `conform.ts`): type, size and spacing rules, printing and binding, data cut-offs, in a form or its
 * filling notes. Each quote is the words of the text; the field named at a sentence's start is carried to the
 * instructions after it.
 */
export function extractFormLimits(text: string): FormLimit[] {
	const out: FormLimit[] = [];
	for (const sentence of sentences(text.split('\n').filter((l) => !l.includes('\t')).join('\n'))) {
		// A numbered note (三、年度数据…) quotes its words without the number.
		const parts = pieces(sentence.replace(NUMBERED, ''));
		let field = fieldOf(parts[0] ?? '');
		let printing: FormLimit | undefined;
		parts.forEach((piece, k) => {
			const own = fieldOf(piece);
			if (own && k > 0) field = own;
			const name = own ?? field ?? '填写要求';
			if (CUTOFF.test(piece)) out.push({ field: name, kind: 'cutoff', comparator: 'exact', quote: piece });
			else if (TYPESETTING.test(piece)) {
				const quote = own && /的(?=字体|字号|行距)/u.test(piece) ? piece.slice(own.length + 1) : piece;
				const size = quote.match(/([0-9０-９]+(?:\.[0-9]+)?)\s*(磅)/u);
				out.push({ field: name, kind: 'layout', ...(size ? { value: Number(size[1]), unit: size[2] } : {}), comparator: 'exact', quote });
			} else if (PRINTING.test(piece)) {
				// The sentence up to here is one instruction: 支撑材料部分请设置目录索引，单独装订成册.
				const quote = parts.slice(0, k + 1).join('，');
				if (!sentence.includes(quote)) return;
				if (printing) printing.quote = quote;
				else out.push((printing = { field: name, kind: 'layout', comparator: 'exact', quote }));
			}
		});
	}
	return out;
}
