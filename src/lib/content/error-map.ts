import type { z } from 'astro/zod';

/** A validation problem, as a content editor needs to see it. */
export interface ContentIssue {
	/** File relative to the project root. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	/** 1-based column, when known (YAML syntax, encoding, MDX syntax). */
	column?: number;
	/** Field path such as `targets[0].quote`. */
	field: string;
	/** What is wrong, and how to fix it. */
	message: string;
	/**
	 * Set on a line that only follows from another issue (the clauses of a broken document): it says "see
	 * above" and is not a cause of its own, so counts of causes leave it out.
	 */
	consequence?: true;
}

/** `targets.0.quote` → `targets[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/**
 * A value as a message may show it: a short one-line scalar is the offending token and helps; anything longer
 * is described, not echoed (a file linked or pasted into content/ must not end up in a CI log).
 */
function show(v: unknown, echo = true): string {
	if (v === null || v === undefined) return echo ? String(v) : 'empty';
	if (echo && (typeof v === 'number' || typeof v === 'boolean')) return String(v);
	if (typeof v === 'string') return echo && v.length <= 40 && !/[\n\r]/.test(v) ? JSON.stringify(v) : `a text of ${v.length.toLocaleString('en')} characters`;
	if (Array.isArray(v)) return `a list of ${v.length} item(s)`;
	if (typeof v === 'object') return 'a block of fields';
	return typeof v;
}

/** Turn one zod issue into a sentence that says what is wrong and how to fix it. */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const received: unknown = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
	switch (issue.code) {
		case 'invalid_type':
			// The whole file is the value here: describe it, never show it (it may be anything linked or pasted in).
			if (issue.path.length === 0) return `must be a block of \`field: value\` lines, but it is ${show(received, false)}`;
			return received === undefined
				? `is required (expected ${issue.expected}); add the field`
				: `expected ${issue.expected}, got ${show(received)}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}; got ${show(received)}`;
		case 'unrecognized_keys':
			return issue.keys.length === 1
				? `is not a known field: remove it or check the spelling`
				: `has unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove them or check the spelling`;
		case 'too_small':
			return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'must not be empty' : `must be ≥ ${issue.minimum}`;
		case 'invalid_format':
		case 'custom':
		default:
			return `${issue.message}${received !== undefined && typeof received !== 'object' ? ` (got ${show(received)})` : ''}`;
	}
}

/**
 * Validate `input` with `schema`; return the data or editor-friendly issues, one per field (a malformed date
 * fails both its format and its calendar check: the first says it all). An unknown key is reported at its own
 * line, under its own name.
 */
export function check<T extends z.ZodType>(schema: T, input: unknown, file: string, lineOf: (p: PropertyKey[]) => number, base: PropertyKey[] = []): { data?: z.output<T>; issues: ContentIssue[] } {
	const r = schema.safeParse(input);
	if (r.success) return { data: r.data, issues: [] };
	const seen = new Set<string>();
	const issues: ContentIssue[] = [];
	for (const i of r.error.issues) {
		const path = i.code === 'unrecognized_keys' && i.keys.length === 1 ? [...base, ...i.path, i.keys[0]!] : [...base, ...i.path];
		const field = fieldPath(path) || '(file)';
		if (seen.has(field)) continue;
		seen.add(field);
		issues.push({ file, line: lineOf(path), field, message: describeZodIssue(i, input) });
	}
	return { issues };
}

/** `content/x.mdx:12: targets[0].quote: …` (`:12:5:` when the column is known). */
export function formatIssue(i: ContentIssue): string {
	return `${i.file}${i.line ? `:${i.line}${i.column ? `:${i.column}` : ''}` : ''}: ${i.field}: ${i.message}`;
}

/**
 * The one line shown for an error no content check anticipated: a bug of the tools, not of the content, so it
 * says so, without a stack trace (XIANGCE_DEBUG=1 prints it) and without echoing content.
 */
export function internalError(tool: string, e: unknown, env: Record<string, string | undefined> = process.env): string {
	const err = e instanceof Error ? e : new Error(String(e));
	const where = err.stack?.split('\n').find((l) => /\/(?:src|scripts)\//.test(l))?.trim().replace(/^at\s+/, '');
	const first = err.message.split('\n')[0]!.slice(0, 160);
	const line = `${tool}: internal error: ${err.name}: ${first}${where ? ` (${where.replace(/^.*?((?:src|scripts)\/)/, '$1').replace(/\)$/, '')})` : ''}. This is a bug in the tools, not a mistake in content/: please report it with the command you ran.`;
	return env.XIANGCE_DEBUG ? `${line}\n${err.stack ?? ''}` : line;
}
