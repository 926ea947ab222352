/** Matching listings and needs: the words of one that are worth searching the other for. */
import { hasHan, termGroup, words } from './search-text.ts';
import { isStopWord } from './match-stop-words.ts';

/**
 * The distinctive words of a text as separate search terms, for matching listings and needs:
 * each with the label shown to the reader ("matched on …") and the tsquery that finds it.
 */
export function matchTerms(text: string, limit = 24): { label: string; query: string }[] {
	const seen = new Set<string>();
	const terms: { label: string; query: string }[] = [];
	// Plain segmenter words: for labels, 管理 reads better than a merged fragment like 包快.
	for (const word of words(text)) {
		const useful = hasHan.test(word) ? [...word].length >= 2 : word.length >= 3;
		if (!useful || isStopWord(word) || seen.has(word)) continue;
		seen.add(word);
		const query = termGroup(word, false);
		if (query) terms.push({ label: word, query: query.replace(/:\*$/, '') });
		if (terms.length >= limit) break;
	}
	return terms;
}
