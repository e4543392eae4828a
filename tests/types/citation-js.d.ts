/** citation-js ships no types; the tests use only this much of it (reading RIS back). */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		data: unknown[];
		format(style: string, options?: unknown): string;
	}
}
declare module '@citation-js/plugin-ris';
