import type { Deadline } from '../../schema/deadline';
import { asciiDigits } from '../numbering';
import type { ActorIndex } from './actors';
import { pieces, sentences, splitOutside } from './text';

const HAS_DATE = /[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月/u;
const DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/gu;
/** A date is a deadline when the text says so: …日前, …日之前, 截至…日, …日止. */
const DUE_AFTER = /^\s*(?:前|之前|以前|止|为止|截止)/;
const DUE_BEFORE = /(?:截至|截止(?:时间|日期)?(?:为|到)?|不晚于|最迟|于|在)\s*$/;
const HOW = /一式|加盖|邮寄|寄送|电子版|发送至|报送至|联系人|联系电话|电话|地址|邮箱|@|传真/;
const SUBMIT = /报送|上报|提交|邮寄|寄送|报至|发送/;

const iso = (y: string, m: string, d: string) => `${asciiDigits(y)}-${asciiDigits(m).padStart(2, '0')}-${asciiDigits(d).padStart(2, '0')}`;

/**
 * Dated obligations: a full date the text makes a deadline (2024年2月28日前), with who delivers (请X…), to whom
 * (…至我厅, 向X报送), what (报送 + the 《forms》 named) and how (copies, seals, post, e-mail, contacts) from the
 * same clause. Horizons without a day (到2025年) are target periods, not deadlines.
 */
export function extractDeadlines(text: string, actors: ActorIndex): Deadline[] {
	const out: Deadline[] = [];
	// How: the forms with their copies and seals (《…》（一式5份，加盖公章）), then the pieces that say where and how
	// to send, from their sending verb on (…将…邮寄至我厅职成处 → 邮寄至我厅职成处).
	const forms = [...text.matchAll(/《[^《》]+》[（(][^（）()]*(?:一式|加盖|份)[^（）()]*[）)]/gu)].map((m) => m[0]);
	const how = [
		...forms,
		...sentences(text)
			.flatMap((s) => splitOutside(s, '，,'))
			.filter((p) => HOW.test(p) && !HAS_DATE.test(p))
			.map((p) => {
				const at = p.search(/邮寄至|寄送至|发送至|报送至|电子版/);
				return (at > 0 && /[将把]/.test(p.slice(0, at)) ? p.slice(at) : p).trim();
			})
			.filter((p) => !forms.some((f) => f.includes(p) || p.includes(f))),
	];
	for (const sentence of sentences(text)) {
		for (const m of sentence.matchAll(DATE)) {
			const end = m.index + m[0].length;
			const after = sentence.slice(end).match(DUE_AFTER);
			if (!after && !DUE_BEFORE.test(sentence.slice(0, m.index))) continue;
			const quote = sentence.slice(m.index, end + (after?.[0].length ?? 0)).trim();
			const rest = sentence.slice(end);
			// Who delivers: 请X将… after the date, or the subject before it (X须于…日前).
			const asked = rest.match(/请\s*(.+?)(?:将|于|在|按|把|向|根据|，)/)?.[1] ?? '';
			const subject = sentence.slice(0, m.index).replace(/(?:须|应|要|必须|请)?\s*(?:于|在)?\s*$/, '');
			const who = [...new Set((asked ? actors.find(asked) : actors.find(subject).slice(0, 3)).flatMap((x) => x.ids))];
			const toText = [...rest.matchAll(/(?:至|向|报|交)\s*([^，。；、]{2,16})/g)].map((x) => x[1]!).join(' ');
			const to = [...new Set(actors.find(toText).flatMap((x) => x.ids))].filter((id) => !who.includes(id));
			const forms = [...rest.matchAll(/《[^《》]+》/g)].map((x) => x[0]);
			const verb = rest.match(SUBMIT)?.[0] ?? '完成';
			const what = forms.length ? `${verb === '邮寄' || verb === '寄送' ? '报送' : verb}${forms.join('和')}` : (pieces(rest.replace(/^\s*(?:前|之前|以前|止|为止)\s*[，,]?/, ''))[0] ?? quote).slice(0, 40);
			out.push({ date: iso(m[1]!, m[2]!, m[3]!), what, who, to, how: how.filter((h) => !h.includes(quote)), quote });
		}
	}
	return out;
}
