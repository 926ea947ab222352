/**
 * Text → search terms, the same way at write time and at query time (Node and Chromium both
 * ship ICU's dictionary segmenter). Recall must not depend on how the segmenter splits a term
 * in context (水处理 alone is 水|处理, inside 污水处理 it is 污水|处理), so every run of Han
 * characters is also indexed as overlapping character bigrams and single characters, the
 * approach of Lucene's CJK analyzer. Latin words are indexed whole and matched by prefix.
 */
import { translations } from './search-glossary.ts';

export type Weight = 'A' | 'B' | 'C' | 'D';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const hanRun = /\p{Script=Han}+/gu;
export const hasHan = /\p{Script=Han}/u;
// Postgres caps a position at 16383; a gap keeps streams from looking adjacent to a phrase.
const maximumPosition = 16383;
const streamGap = 8;

export function normalize(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/** The word-like segments of a text, normalised. */
export function words(text: string): string[] {
	return [...segmenter.segment(normalize(text))].filter((part) => part.isWordLike).map((part) => part.segment);
}

export function bigrams(run: string): string[] {
	const characters = [...run];
	if (characters.length < 2) return characters;
	return characters.slice(1).map((character, index) => characters[index] + character);
}

/** tsvector input syntax: each lexeme quoted, quotes doubled, backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
	return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * A tsvector literal for weighted parts of a document (title A, pitch B, body C, D for the
 * rest). Built here rather than by to_tsvector so that PGlite and PostgreSQL, whatever their
 * locale, index exactly the same terms.
 */
export function buildSearchVector(parts: { text: string; weight: Weight }[]): string {
	const positions = new Map<string, string[]>();
	let position = 1;
	const add = (lexeme: string, weight: Weight) => {
		if (lexeme.length === 0 || lexeme.length > 100 || position > maximumPosition) return;
		const list = positions.get(lexeme) ?? [];
		if (list.length < 256) list.push(`${position}${weight}`);
		positions.set(lexeme, list);
		position += 1;
	};
	for (const { text, weight } of parts) {
		const normalized = normalize(text);
		for (const word of words(normalized)) add(word, weight);
		position += streamGap;
		for (const run of normalized.match(hanRun) ?? []) {
			for (const bigram of bigrams(run)) add(bigram, weight);
			position += streamGap;
		}
		for (const run of normalized.match(hanRun) ?? []) for (const character of run) add(character, weight);
		position += streamGap;
	}
	return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

export interface SearchQuery {
	/** tsquery input syntax; null when the text holds nothing searchable. */
	tsquery: string | null;
	/**
	 * What ranks: like tsquery, but without the glossary's translations, so a listing found only
	 * through a translation ranks below every listing that holds the words as typed.
	 */
	rankQuery: string | null;
	/** The same terms joined with OR, for the typo-tolerant fallback. */
	anyTerm: string | null;
	/** Every single lexeme of the query. */
	lexemes: string[];
	/** Like tsquery, but each word may carry one wrong character (see typoTolerantGroup). */
	typoTolerant: string | null;
	/** What to highlight in snippets: the words and phrases as typed, normalised, then their translations. */
	highlights: string[];
}

/** Terms that must all appear for one word (or phrase) the user typed. */
export function termGroup(word: string, phrase: boolean): string | null {
	if (hasHan.test(word)) {
		const runs = word.match(hanRun) ?? [];
		const parts = runs.flatMap((run) => bigrams(run)).map(quoteLexeme);
		const latin = word.replace(hanRun, ' ').trim();
		const latinParts = latin ? words(latin).map((part) => `${quoteLexeme(part)}:*`) : [];
		const all = [...parts, ...latinParts];
		if (all.length === 0) return null;
		return all.length === 1 ? all[0] : `(${all.join(phrase ? ' <-> ' : ' & ')})`;
	}
	return `${quoteLexeme(word)}:*`;
}

/** A glossary term as a query group: Chinese as its bigrams, English as a phrase of word prefixes. */
function translationGroup(term: string): string | null {
	if (hasHan.test(term)) return termGroup(term, false);
	const parts = words(term).map((part) => `${quoteLexeme(part)}:*`);
	if (parts.length === 0) return null;
	return parts.length === 1 ? parts[0] : `(${parts.join(' <-> ')})`;
}

/**
 * Query words, with a lone Han character joined to the Han word touching it: the segmenter
 * makes 水|处理 of 水处理, and 水 on its own would match any text with water in it.
 */
export function queryWords(text: string): string[] {
	const parts: { text: string; han: boolean; touchesPrevious: boolean }[] = [];
	let touching = false;
	for (const part of segmenter.segment(normalize(text))) {
		if (!part.isWordLike) {
			touching = false;
			continue;
		}
		parts.push({ text: part.segment, han: hasHan.test(part.segment), touchesPrevious: touching });
		touching = true;
	}
	const result: string[] = [];
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index];
		const next = parts[index + 1];
		const previous = parts[index - 1];
		if (part.han && [...part.text].length === 1) {
			if (next?.han && next.touchesPrevious) {
				next.text = part.text + next.text;
				continue;
			}
			if (previous?.han && part.touchesPrevious) {
				result[result.length - 1] += part.text;
				continue;
			}
		}
		result.push(part.text);
	}
	return result;
}

/** How many query words one glossary term may span (锂|离子|电池, "solid-state electrolyte"). */
const longestGlossarySpan = 4;

/**
 * Query words grouped into the units the glossary knows: the longest run of consecutive words
 * that is a glossary term becomes one unit (动力|电池 → 动力电池, heat pump), any other word is
 * a unit of its own.
 */
export function glossaryUnits(queryWordList: string[]): { words: string[]; translations: string[] }[] {
	const units: { words: string[]; translations: string[] }[] = [];
	let index = 0;
	while (index < queryWordList.length) {
		let unit = { words: [queryWordList[index]], translations: translations(queryWordList[index]) };
		for (let span = Math.min(longestGlossarySpan, queryWordList.length - index); span >= 2; span--) {
			const run = queryWordList.slice(index, index + span);
			// Chinese terms are written without spaces, also when they hold a Latin part (3d打印).
			const joined = run.some((word) => hasHan.test(word)) ? run.join('') : run.join(' ');
			const found = translations(joined);
			if (found.length > 0) {
				unit = { words: run, translations: found };
				break;
			}
		}
		units.push(unit);
		index += unit.words.length;
	}
	return units;
}

/**
 * One word with room for one wrong character, still as an index-friendly tsquery. A wrong Han
 * character spoils the two bigrams it is part of, so the word matches when all the bigrams
 * that do not touch some one position are present (钙钛旷 → 钛旷 | 钙钛). A Latin word also
 * matches by the prefix before a typo in its second half (batery → batery:* | bat:*).
 */
export function typoTolerantGroup(word: string): string | null {
	if (!hasHan.test(word)) {
		if (word.length < 4) return null;
		return `(${quoteLexeme(word)}:* | ${quoteLexeme(word.slice(0, Math.max(3, Math.floor(word.length / 2))))}:*)`;
	}
	const characters = [...word];
	if (characters.length < 2 || /[^\p{Script=Han}]/u.test(word)) return null;
	if (characters.length === 2) return `(${characters.map(quoteLexeme).join(' | ')})`;
	const pairs = bigrams(word);
	const variants = characters
		.map((_, wrong) => pairs.filter((_, index) => index !== wrong && index !== wrong - 1).map(quoteLexeme))
		.filter((variant) => variant.length > 0)
		.map((variant) => (variant.length === 1 ? variant[0] : `(${variant.join(' & ')})`));
	return `(${[...new Set(variants)].join(' | ')})`;
}

const and = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' & ')})`);
const or = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`);

/**
 * Quoted parts ("…" or “…”) must match as phrases; everything else in any order. A word (or
 * run of words) the glossary knows also matches through its translations.
 */
export function buildSearchQuery(input: string): SearchQuery {
	// The page already cut the query to 200 characters (schemas/search.ts); this bounds any other
	// caller the same way, by characters, so no emoji is split in half.
	const text = Array.from(normalize(input)).slice(0, 200).join('');
	const groups: string[] = [];
	const literalGroups: string[] = [];
	const tolerant: string[] = [];
	const highlights: string[] = [];
	const translatedHighlights: string[] = [];
	const rest = text.replace(/["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g, (_, phrase: string) => {
		const phraseWords = words(phrase);
		if (phraseWords.length > 0) {
			const compact = hasHan.test(phrase) ? phraseWords.join('') : phraseWords.join(' ');
			const group = hasHan.test(phrase)
				? termGroup(compact, true)
				: phraseWords.length === 1
					? quoteLexeme(phraseWords[0])
					: `(${phraseWords.map(quoteLexeme).join(' <-> ')})`;
			if (group) {
				groups.push(group);
				literalGroups.push(group);
				tolerant.push(group);
			}
			highlights.push(compact);
		}
		return ' ';
	});
	for (const unit of glossaryUnits(queryWords(rest))) {
		const literalParts = unit.words.map((word) => termGroup(word, false)).filter((part) => part !== null);
		if (literalParts.length === 0) continue;
		const literal = and(literalParts);
		const translated = unit.translations.map(translationGroup).filter((part) => part !== null);
		const group = or([literal, ...translated]);
		if (groups.includes(group)) continue;
		groups.push(group);
		literalGroups.push(literal);
		const typo = and(unit.words.map((word) => typoTolerantGroup(word) ?? termGroup(word, false) ?? literal));
		tolerant.push(or([typo, ...translated]));
		highlights.push(...unit.words);
		translatedHighlights.push(...unit.translations);
	}
	const bounded = groups.slice(0, 12);
	if (bounded.length === 0)
		return { tsquery: null, rankQuery: null, anyTerm: null, lexemes: [], typoTolerant: null, highlights: [] };
	const lexemes = [...new Set(bounded.join(' ').match(/'(?:[^']|'')+'(?::\*)?/g) ?? [])];
	return {
		tsquery: bounded.join(' & '),
		rankQuery: literalGroups.slice(0, 12).join(' & '),
		anyTerm: lexemes.join(' | '),
		lexemes,
		typoTolerant: tolerant.slice(0, 12).join(' & '),
		highlights: [...new Set([...highlights, ...translatedHighlights])]
	};
}
