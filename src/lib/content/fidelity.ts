import { squash, stripNoise } from './noise';
import { ownMarker } from '../citations/labels';

/** Split text into sentence-sized fragments (at 。；！？, tabs and line breaks), white space removed. */
export function fragments(text: string): string[] {
	return text
		.split(/[。；！？\t\n]+/)
		.map(squash)
		.filter((f) => f.length > 0);
}

export interface FidelityReport {
	/** Source fragments found nowhere in the document's clauses or metadata (something was lost). */
	lost: string[];
	/** Clause fragments that are not in the source (something was invented or reworded). */
	invented: { clause: string; fragment: string }[];
	/** Share of source fragments found, 0..1. */
	coverage: number;
}

/**
 * Compare a source text with what the site shows of it. Only the reviewed noise list is removed from the
 * source; white space is ignored on both sides because PDF line breaks and spacing are layout.
 */
export function checkFidelity(source: string, clauses: { id: string; label: string; text: string }[], printed: string[]): FidelityReport {
	const site = squash([...printed, ...clauses.map((c) => `${ownMarker(c.label)}${c.text}`)].join('\n'));
	const src = fragments(stripNoise(source));
	const lost = src.filter((f) => !site.includes(f));
	const flat = squash(stripNoise(source));
	const invented = clauses.flatMap((c) => fragments(c.text).filter((f) => !flat.includes(f)).map((fragment) => ({ clause: c.id, fragment })));
	return { lost, invented, coverage: src.length ? (src.length - lost.length) / src.length : 1 };
}
