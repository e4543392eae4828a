import type { DocumentData, PrintedRole } from '../../schema/document';
import type { QualityFlag } from '../../schema/quality';
import { canonicalDocNumber, parseDocNumber } from '../../citations/ref-mentions';
import { asciiDigits, parseChineseNumber } from '../numbering';
import type { Paragraph } from '../paragraphs';
import type { ClauseSkeleton, Structured } from '../structure';
import type { ActorIndex } from './actors';
import { splitOutside } from './text';

const NUMBER_LINE = /^\S+\s*[〔[［(（]\s*[0-9０-９]{4}\s*[〕\]］)）]\s*[0-9０-９]+\s*号$/;
const TITLE_END = /(?:通知|意见|方案|措施|办法|决定|规定|细则|要点|规划|批复|函)$/;
const ADDRESSEE = /^[^。；]{2,120}[：:]$/;
const ADDRESSEE_WORDS = /各|厅|局|政府|部|委|院校|学校|单位|机构|司/;
const DISCLOSURE = /^[（(]\s*此件\S*公开\s*[）)]$/;

/** A name the text gives that `content/units.yaml` does not know: listed for the person, never guessed. */
export interface UnknownName {
	name: string;
	line: number;
	where: string;
}

export interface DraftMetadata {
	/** Canonical 发文字号, or null when the text has none. */
	number: string | null;
	title: string | null;
	shortTitle?: string;
	issuers: string[];
	addressees: string | null;
	addresseeRoles: string[];
	date: string | null;
	year: number | null;
	disclosure: DocumentData['disclosure'];
	attachments: DocumentData['attachments'];
	printed: { role: PrintedRole; text: string; line: number }[];
	quality: QualityFlag[];
	unknown: UnknownName[];
}

/**
 * Where the body starts: after the addressee line (各市州教育（体）局：); without one, after the title or the
 * 发文字号; else at the top.
 */
export function findBodyStart(paragraphs: Paragraph[]): number {
	const head = paragraphs.slice(0, 15);
	const addressee = head.findIndex((p) => ADDRESSEE.test(p.text) && ADDRESSEE_WORDS.test(p.text) && !/^(?:附件|联系|注)/.test(p.text) && !/[（(]?此件/.test(p.text));
	if (addressee >= 0) return addressee + 1;
	let last = -1;
	head.slice(0, 8).forEach((p, i) => {
		if (NUMBER_LINE.test(p.text) || (TITLE_END.test(p.text) && p.text.length <= 80 && !/[。，]/.test(p.text))) last = i;
	});
	return last + 1;
}

/** A Chinese date (2023 年 12 月 29 日, 二〇二四年一月二十五日) → ISO, or null. */
export function isoDate(text: string): string | null {
	const a = asciiDigits(text).match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
	if (a) return `${a[1]}-${a[2]!.padStart(2, '0')}-${a[3]!.padStart(2, '0')}`;
	const c = text.match(/([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/);
	if (!c) return null;
	const year = [...c[1]!].map((d) => (d === '〇' || d === '零' ? 0 : parseChineseNumber(d))).join('');
	const month = parseChineseNumber(c[2]!);
	const day = parseChineseNumber(c[3]!);
	const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return Number.isNaN(new Date(`${iso}T00:00:00Z`).getTime()) ? null : iso;
}

/**
 * A title as metadata: the line breaks of the print (spaces inside words) go, the space between two issuers'
 * names (教育部 湖南省人民政府) stays.
 */
export function cleanTitle(text: string, actors: ActorIndex): string {
	return text.replace(/\s+/g, (space, at: number) => {
		const before = text.slice(0, at);
		const after = text.slice(at + space.length);
		const endsWithUnit = actors.find(before).some((m) => m.end === before.length);
		const startsWithUnit = actors.find(after).some((m) => m.start === 0);
		return endsWithUnit && startsWithUnit ? ' ' : '';
	});
}

/** Unit names in a run of names (教育部 湖南省人民政府; 省财政厅文件; a letterhead whose lines ran together), resolved; the rest reported. */
function namesIn(text: string, line: number, where: string, actors: ActorIndex, unknown: UnknownName[]): string[] {
	const clean = text.replace(/文件/g, ' ').replace(/等[一二三四五六七八九十两\d]*(?:个)?部门/g, ' ');
	// 教育部办公厅 is not 教育部: a name that runs on into an office's name is that office, unknown if not listed.
	const mentions = actors.find(clean).filter((m) => !/^(?:办公厅|办公室|厅|司|局|处|委员会|中心)/.test(clean.slice(m.end)));
	let rest = clean;
	for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
	for (const name of rest.split(/[\s、，,]+/)) if (name.length >= 2) unknown.push({ name, line, where });
	return mentions.flatMap((m) => m.ids);
}

/**
 * 主送 units: 各市州、县市区人民政府 distributes the last item's kind over the items before it
 * (各市州人民政府, 县市区人民政府); 省政府各厅委、各直属机构 may be one unit whose name holds the 、.
 */
export function addresseeUnits(text: string, actors: ActorIndex, line: number, unknown: UnknownName[]): string[] {
	const ids: string[] = [];
	for (const group of splitOutside(text, '，,；;')) {
		const items = group.split('、').map((s) => s.trim()).filter(Boolean);
		for (let i = 0; i < items.length; ) {
			let j = items.length;
			let id: string | undefined;
			for (; j > i; j--) {
				id = actors.resolve(items.slice(i, j).join('、'));
				if (id) break;
			}
			if (id) {
				ids.push(id);
				i = j;
				continue;
			}
			// Only a later item that is itself a listed unit lends its ending (县市区人民政府 → 各市州人民政府).
			const later = items.slice(i + 1).filter((x) => actors.resolve(x)).map((x) => actors.find(x).find((m) => m.end === x.length));
			const suffix = later.find(Boolean)?.text.replace(/^各/, '');
			const distributed = suffix ? [`${items[i]}${suffix}`, `${items[i]}${suffix.replace(/^(?:市州|县市区|省)/, '')}`].map((n) => actors.resolve(n)).find(Boolean) : undefined;
			if (distributed) ids.push(distributed);
			else unknown.push({ name: items[i]!, line, where: '主送' });
			i++;
		}
	}
	return [...new Set(ids)];
}

/**
 * The document's metadata from its front lines (版头, 发文字号, 标题, 主送), the lines the structurer set aside
 * (公开方式, 联系, 附件 list, enclosed title) and the signature: every field the document YAML needs, each line
 * kept verbatim in `printed` with its role.
 */
export function extractMetadata(s: Structured, actors: ActorIndex): DraftMetadata {
	const unknown: UnknownName[] = [];
	const printed: DraftMetadata['printed'] = [];
	const numberAt = s.front.findIndex((p) => NUMBER_LINE.test(p.text));
	let number: string | null = null;
	let addressees: string | null = null;
	let addresseeRoles: string[] = [];
	const titleParts: Paragraph[] = [];
	const letterhead: Paragraph[] = [];
	s.front.forEach((p, i) => {
		let role: PrintedRole;
		if (i === numberAt) {
			role = 'number';
			number = canonicalDocNumber(asciiDigits(p.text));
		} else if (i === s.front.length - 1 && ADDRESSEE.test(p.text)) {
			role = 'addressees';
			addressees = p.text.replace(/[：:]\s*$/, '');
			addresseeRoles = addresseeUnits(addressees, actors, p.line, unknown);
		} else if (DISCLOSURE.test(p.text)) role = 'disclosure';
		else if (isoDate(p.text) && p.text.length <= 20) role = 'date';
		else if (TITLE_END.test(p.text) || (numberAt >= 0 && i > numberAt)) {
			role = 'title';
			titleParts.push(p);
		} else {
			role = 'letterhead';
			letterhead.push(p);
		}
		printed.push({ role, text: p.text, line: p.line });
	});
	printed.push(...s.printed);
	printed.sort((a, b) => a.line - b.line);

	const issuers: string[] = [];
	const addIssuers = (ids: string[]) => ids.forEach((id) => !issuers.includes(id) && issuers.push(id));
	for (const p of letterhead) addIssuers(namesIn(p.text, p.line, '版头', actors, unknown));
	const rawTitle = titleParts.map((p) => p.text).join('');
	const prefix = rawTitle.match(/^(.+?)(?:关于|印发)/)?.[1];
	if (prefix && titleParts[0]) addIssuers(namesIn(prefix, titleParts[0].line, '标题', actors, unknown));
	const sign = s.clauses.find((c) => c.kind === 'signature');
	let date: string | null = null;
	if (sign) {
		sign.body.forEach((text, k) => {
			const d = isoDate(text);
			if (d) date ??= d;
			else addIssuers(namesIn(text, sign.lines[k] ?? sign.line, '署名', actors, unknown));
		});
	}
	const dateLine = printed.find((p) => p.role === 'date');
	if (!date && dateLine) date = isoDate(dateLine.text);

	// A title printed as 关于…的通知 under a one-body letterhead is that body's: 湖南省教育厅关于…的通知.
	const issuerLine = letterhead.length === 1 ? letterhead[0]!.text.replace(/文件$/, '').trim() : '';
	const fullTitle = /^关于/.test(rawTitle) && issuerLine && actors.resolve(issuerLine) ? `${issuerLine}${rawTitle}` : rawTitle;
	const title = fullTitle ? cleanTitle(fullTitle, actors) : null;
	const heading = s.printed.find((p) => p.role === 'heading');
	const shortTitle = heading ? cleanTitle(heading.text, actors) : title?.match(/印发《([^《》]+)》/)?.[1];
	const disclosureLine = printed.find((p) => p.role === 'disclosure')?.text ?? '';
	const disclosure = /依申请公开/.test(disclosureLine) ? '依申请公开' : /主动公开/.test(disclosureLine) ? '主动公开' : null;

	const attClauses = new Map<number, ClauseSkeleton>();
	for (const c of s.clauses) if (c.kind === 'attachment') attClauses.set(Number(c.id.slice(3)), c);
	const hasRows = (id: string) => s.clauses.some((c) => c.parent === id);
	const ns = [...new Set([...s.listed.map((l) => l.n), ...attClauses.keys()])].sort((a, b) => a - b);
	const attachments: DocumentData['attachments'] = [];
	for (const n of ns) {
		const c = attClauses.get(n);
		const title = s.listed.find((l) => l.n === n)?.title ?? c?.title;
		if (!title) continue;
		const present = c !== undefined && (c.body.some((p) => p !== c.title) || hasRows(c.id));
		attachments.push({ n, title, status: present ? 'present' : 'title-only' });
	}
	const year = date ? Number(date.slice(0, 4)) : number ? (parseDocNumber(number)?.year ?? null) : null;
	const quality: QualityFlag[] = [];
	if (!date) quality.push({ kind: 'missing-date', note: '成文日期原文未载。' });
	if (!title) quality.push({ kind: 'missing-title', note: '本文本没有标题行：标题原文未载，请据公开发布记录补充，并将 titleSource 设为 supplied。' });
	const missing = attachments.filter((a) => a.status === 'title-only');
	if (missing.length) quality.push({ kind: 'missing-attachment', note: `${missing.map((a) => `附件${a.n}“${a.title}”`).join('、')}在本文本中只有标题，正文原文未载。` });
	return { number, title, shortTitle: shortTitle && shortTitle !== title ? shortTitle : undefined, issuers, addressees, addresseeRoles, date, year, disclosure, attachments, printed, quality, unknown };
}
