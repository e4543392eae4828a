import { describe, expect, it } from 'vitest';
import { decodeText, unreadableLines } from '../../src/lib/content/encoding';
import { frontmatterOf, splitFrontmatter } from '../../src/lib/content/read';
import { parseYaml } from '../../src/lib/content/yaml-text';
import { lintMdx } from '../../src/lib/content/lint';
import { check, describeZodIssue, formatIssue, internalError } from '../../src/lib/content/error-map';
import { z } from 'astro/zod';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it('accepts UTF-8, drops a byte-order mark and turns CRLF and CR into LF', () => {
		expect(decodeText(bytes('\uFEFFa\r\nb\rc'), 'f')).toEqual({ ok: true, text: 'a\nb\nc', bom: true, crlf: true });
	});
	it('names GBK with the iconv command and the first bad byte', () => {
		const gbk = new Uint8Array([0x61, 0x0a, 0xd6, 0xd0, 0xce, 0xc4]); // a, LF, 中文 in GBK
		const d = decodeText(gbk, 'content/x.mdx');
		expect(d.ok).toBe(false);
		if (d.ok) return;
		expect(d.message).toContain('GBK');
		expect(d.message).toContain('iconv -f GBK -t UTF-8 content/x.mdx');
		expect(d.at).toEqual({ line: 2, column: 1 });
	});
	it('names UTF-16 by its byte-order mark', () => {
		const d = decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'f');
		expect(d.ok || d.message).toMatch(/UTF-16/);
	});
	it('refuses control and bidirectional-override characters, with their position', () => {
		const d = decodeText(bytes('ab\ncd\u202Eef'), 'f');
		expect(d.ok || d.at).toEqual({ line: 2, column: 3 });
		expect(decodeText(bytes('a\u0007'), 'f', { controls: 'keep' }).ok).toBe(true);
	});
	it('finds lines a reader cannot trust', () => {
		expect(unreadableLines('ok\nbad \uFFFD\nok\n\u0001')).toEqual([2, 4]);
	});
});

describe('frontmatterOf', () => {
	it('splits frontmatter and body and knows the body line', () => {
		expect(frontmatterOf('---\na: 1\n---\n\ntext\n')).toEqual({ yaml: 'a: 1', body: '\ntext\n', bodyLine: 4 });
	});
	it('accepts trailing white space on the fences', () => {
		expect(frontmatterOf('--- \na: 1\n---\t\ntext')).toMatchObject({ yaml: 'a: 1' });
	});
	it('names the line of a fence that is almost right', () => {
		expect(frontmatterOf('---\na: 1\n——\ntext')).toEqual({ problem: expect.stringContaining('line 3 is `——`'), line: 3 });
		expect(frontmatterOf('－－－\na: 1\n---\n')).toMatchObject({ line: 1, problem: expect.stringContaining('not `---`') });
	});
	it('splitFrontmatter stays lenient about CRLF and BOM', () => {
		expect(splitFrontmatter('\uFEFF---\r\na: 1\r\n---\r\nx')).toEqual({ yaml: 'a: 1', body: 'x' });
	});
});

describe('parseYaml', () => {
	const problem = (text: string, offset = 0) => parseYaml(text, offset).problem;
	it('reports the line of the file, not of the frontmatter block', () => {
		expect(problem('a: 1\na: 2\n', 1)).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('`a` appears twice') });
	});
	it('hints at a full-width colon, a tab, a missing space, a value that needs quotes', () => {
		expect(problem('kind：task\n')?.message).toContain('full-width colon');
		expect(problem('a:\n\t- b\n')?.message).toContain('tab');
		expect(problem('a: 1\nyear:2024\n')).toMatchObject({ line: 2, message: expect.stringContaining('needs a space after the colon') });
		expect(problem('text: 联系人: 张三\n')?.message).toContain('double quotes');
	});
	it('turns alias bombs and deep nesting into messages, not crashes', () => {
		const bomb = 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n';
		expect(problem(bomb)).toMatchObject({ line: 2, message: expect.stringContaining('aliases') });
		expect(problem(`a: ${'['.repeat(100_000)}`)?.message).toContain('nests more than');
		expect(problem(Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a${i}:`).join('\n'))?.message).toContain('nests more than');
	});
	it('refuses YAML tags', () => {
		expect(problem('a: !!binary aGk=\n')?.message).toContain('YAML tag');
		expect(problem('a: !js/function x\n')?.message).toContain('YAML tag');
	});
	it('never repeats the source text in a message', () => {
		const secret = 'hunter2-password-value';
		for (const text of [`${secret}: [`, `x: "${secret}`, `{${secret}`, `- ${secret}\nb: 1`]) expect(problem(text)?.message ?? '').not.toContain(secret);
	});
});

describe('lintMdx', () => {
	it('refuses every scheme but http, https and mailto, however it is disguised', () => {
		for (const url of ['javascript:alert(1)', 'JaVaScRiPt:x', 'java&#9;script:x', 'java&#x0A;script:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) expect(lintMdx(`[a](${url})`), url).toHaveLength(1);
		for (const url of ['https://example.org', 'http://x', 'mailto:a@b.c', '/policies/', '#x', '../x']) expect(lintMdx(`[a](${url})`), url).toEqual([]);
	});
	it('says what to write for a literal < and {, with line and column', () => {
		expect(lintMdx('a\n\n成绩<60分')).toEqual([{ line: 3, column: 4, message: expect.stringContaining('write `\\<`') }]);
		expect(lintMdx('a {b')[0]!.message).toContain('write `\\{`');
	});
	it('refuses deep nesting before it costs time or the stack', () => {
		expect(lintMdx(`${'>'.repeat(50_000)} x`)[0]!.message).toContain('block quotes');
		expect(lintMdx(`${'*'.repeat(2000)}x${'*'.repeat(2000)}`)[0]!.message).toContain('levels deep');
	});
});

describe('messages', () => {
	it('shows short values and describes long ones', () => {
		const schema = z.strictObject({ a: z.enum(['x', 'y']) });
		expect(check(schema, { a: 'z' }, 'f', () => 1).issues[0]!.message).toContain('got "z"');
		expect(check(schema, { a: 'z'.repeat(500) }, 'f', () => 1).issues[0]!.message).toContain('a text of 500 characters');
		const whole = schema.safeParse('PASSWORD=secret-value-here').error!.issues[0]!;
		expect(describeZodIssue(whole, 'PASSWORD=secret-value-here')).not.toContain('secret');
	});
	it('gives one message per field, an unknown key at its own line', () => {
		const r = check(z.strictObject({ d: z.string().regex(/^\d+$/).refine((s) => s.length === 2) }), { d: 'x', extra: 1 }, 'f', (p) => (p[0] === 'extra' ? 7 : 3));
		expect(r.issues.map((i) => [i.field, i.line])).toEqual([
			['d', 3],
			['extra', 7],
		]);
	});
	it('formats file:line:column when the column is known', () => {
		expect(formatIssue({ file: 'content/a.mdx', line: 3, column: 5, field: '(frontmatter)', message: 'm' })).toBe('content/a.mdx:3:5: (frontmatter): m');
		expect(formatIssue({ file: 'content/a.mdx', field: '(file)', message: 'm' })).toBe('content/a.mdx: (file): m');
	});
	it('an internal error is one line that says it is a bug, with the stack only on request', () => {
		const e = new TypeError('x is undefined\nmore');
		expect(internalError('validate', e, {})).toMatch(/^validate: internal error: TypeError: x is undefined.*This is a bug in the tools/);
		expect(internalError('validate', e, {})).not.toContain('\n');
		expect(internalError('validate', e, { XIANGCE_DEBUG: '1' })).toContain('\n');
	});
});
