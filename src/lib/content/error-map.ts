import type { z } from 'astro/zod';

/** A validation problem, as a content editor needs to see it. */
export interface ContentIssue {
	/** File relative to the project root. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	/** Field path such as `targets[0].quote`. */
	field: string;
	/** What is wrong, and how to fix it. */
	message: string;
}

/** `targets.0.quote` → `targets[0].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

function show(v: unknown): string {
	const s = JSON.stringify(v);
	return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Turn one zod issue into a sentence that says what is wrong and how to fix it. */
export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const received = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
	switch (issue.code) {
		case 'invalid_type':
			return received === undefined
				? `is required (expected ${issue.expected}); add the field`
				: `expected ${issue.expected}, got ${show(received)}`;
		case 'invalid_value':
			return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}; got ${show(received)}`;
		case 'unrecognized_keys':
			return `has unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove them or check the spelling`;
		case 'too_small':
			return issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.origin === 'string' ? 'must not be empty' : `must be ≥ ${issue.minimum}`;
		case 'invalid_format':
		case 'custom':
		default:
			return `${issue.message}${received !== undefined && typeof received !== 'object' ? ` (got ${show(received)})` : ''}`;
	}
}

/** Validate `input` with `schema`; return the data or editor-friendly issues. */
export function check<T extends z.ZodType>(schema: T, input: unknown, file: string, lineOf: (p: PropertyKey[]) => number, base: PropertyKey[] = []): { data?: z.output<T>; issues: ContentIssue[] } {
	const r = schema.safeParse(input);
	if (r.success) return { data: r.data, issues: [] };
	return {
		issues: r.error.issues.map((i) => ({
			file,
			line: lineOf([...base, ...i.path]),
			field: fieldPath([...base, ...i.path]) || '(file)',
			message: describeZodIssue(i, input),
		})),
	};
}

/** `content/x.mdx:12: targets[0].quote: …` */
export function formatIssue(i: ContentIssue): string {
	return `${i.file}${i.line ? `:${i.line}` : ''}: ${i.field}: ${i.message}`;
}
