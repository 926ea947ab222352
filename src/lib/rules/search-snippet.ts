/**
 * Search result snippets. Matching runs on normalised text (NFKC, lower case: full-width
 * letters and punctuation, ℃, ² become their plain forms), but the reader sees the source's own
 * characters: each normalised character remembers which source characters it came from, so a
 * match found in "1400°c" is shown as "1400℃".
 */
import { bigrams, hasHan, normalize } from './search-text.ts';

export interface SnippetPart {
	text: string;
	match: boolean;
}

// Where a clause ends, in either language; a snippet may start right after one.
const clauseEnd = /[，。；：！？、,.;:!?·)）」』\]]/u;
const sentenceEnd = /[。！？.!?]$/u;

/** Pitch and summary as one text, with a visible break where the pitch does not end a sentence. */
export function joinPitchAndSummary(pitch: string, summary: string): string {
	const [first, second] = [pitch.trim(), summary.trim()];
	if (!second) return first;
	if (!first) return second;
	if (!sentenceEnd.test(first)) return `${first} · ${second}`;
	return hasHan.test(first.slice(-1)) || /[。！？]$/u.test(first) ? first + second : `${first} ${second}`;
}

/** Normalised text plus, for each of its code units, the source range of the character it came from. */
function normalizedWithSource(source: string) {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	for (let index = 0; index < source.length;) {
		const character = String.fromCodePoint(source.codePointAt(index) ?? 0);
		const mapped = normalize(character);
		for (let unit = 0; unit < mapped.length; unit++) {
			starts.push(index);
			ends.push(index + character.length);
		}
		text += mapped;
		index += character.length;
	}
	return { text, starts, ends };
}

/** Source ranges of the highlights, leftmost first, longest first at one place, never overlapping. */
function findMatches(source: string, needles: string[]): [number, number][] {
	const { text, starts, ends } = normalizedWithSource(source);
	const matches: [number, number][] = [];
	let cursor = 0;
	for (;;) {
		let best: { index: number; length: number } | null = null;
		for (const needle of needles) {
			const index = text.indexOf(needle, cursor);
			if (index >= 0 && (!best || index < best.index || (index === best.index && needle.length > best.length)))
				best = { index, length: needle.length };
		}
		if (!best) return matches;
		matches.push([starts[best.index], ends[best.index + best.length - 1]]);
		cursor = best.index + best.length;
	}
}

const isLatinWordCharacter = (character: string | undefined) =>
	character !== undefined && /[\p{L}\p{N}_]/u.test(character) && !hasHan.test(character);
const isLowSurrogate = (text: string, index: number) => /[\uDC00-\uDFFF]/.test(text[index] ?? '');

/** Where to start: after a clause end shortly before the match, else not inside a Latin word. */
function startBefore(source: string, match: number, lead: number): number {
	if (match <= lead) return 0;
	for (let index = match - 1; index >= Math.max(0, match - lead * 2); index--) {
		if (clauseEnd.test(source[index])) return index + 1;
	}
	let start = match - lead;
	while (start > 0 && isLatinWordCharacter(source[start - 1]) && isLatinWordCharacter(source[start])) start--;
	if (isLowSurrogate(source, start)) start--;
	return start;
}

/** Where to stop: about `length` after the start, never inside a Latin word or a surrogate pair. */
function endAfter(source: string, start: number, minimumEnd: number, length: number): number {
	let end = Math.max(start + length, minimumEnd);
	if (end >= source.length) return source.length;
	if (isLowSurrogate(source, end)) end++;
	if (isLatinWordCharacter(source[end - 1]) && isLatinWordCharacter(source[end])) {
		let back = end;
		while (back > minimumEnd && isLatinWordCharacter(source[back - 1])) back--;
		if (back > start + length / 2) return back;
		while (end < source.length && isLatinWordCharacter(source[end])) end++;
	}
	return end;
}

/** A short excerpt around the first match, split into marked and unmarked parts (no HTML). */
export function snippet(source: string, highlights: string[], length = 90): SnippetPart[] {
	const needles = [
		...new Set(
			highlights
				.map(normalize)
				.flatMap((term) => (hasHan.test(term) && !/\s/.test(term) ? [term, ...bigrams(term)] : [term]))
				.filter((term) => term.length > 0)
		)
	];
	const matches = needles.length > 0 ? findMatches(source, needles) : [];
	let start = matches.length > 0 ? startBefore(source, matches[0][0], 20) : 0;
	while (start < source.length && /\s/.test(source[start])) start++;
	const end = endAfter(source, start, matches.length > 0 ? matches[0][1] : 0, length);
	const parts: SnippetPart[] = [];
	let cursor = start;
	for (const [from, to] of matches) {
		if (to <= start || from >= end) continue;
		const [clippedFrom, clippedTo] = [Math.max(from, start), Math.min(to, end)];
		if (clippedFrom > cursor) parts.push({ text: source.slice(cursor, clippedFrom), match: false });
		parts.push({ text: source.slice(clippedFrom, clippedTo), match: true });
		cursor = clippedTo;
	}
	if (cursor < end) parts.push({ text: source.slice(cursor, end).trimEnd(), match: false });
	if (start > 0) parts.unshift({ text: '…', match: false });
	if (end < source.length) parts.push({ text: '…', match: false });
	return parts.filter((part) => part.text.length > 0);
}
