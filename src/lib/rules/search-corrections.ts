/**
 * Did-you-mean for Chinese typos: which typed words a one-character correction may fix, and the
 * query with the corrections the index found put in.
 */
import { normalize, queryWords } from './search-text.ts';

/**
 * The query words a one-character correction may fix: Han words of exactly three characters,
 * the length at which a wrong character in the middle leaves no bigram intact (石磨烯 shares
 * neither 石墨 nor 墨烯 with 石墨烯). Quoted phrases are left as typed.
 */
export function correctableWords(input: string): string[] {
	const rest = normalize(input)
		.slice(0, 200)
		.replace(/["“”「」『』][^"“”「」『』]+["“”「」『』]/g, ' ');
	return [...new Set(queryWords(rest).filter((word) => /^\p{Script=Han}{3}$/u.test(word)))].slice(0, 4);
}

/** The typed text with each word replaced by its correction, otherwise as typed. */
export function correctedQuery(input: string, corrections: { typed: string; correction: string }[]): string {
	let text = input.normalize('NFKC');
	for (const { typed, correction } of corrections) text = text.replaceAll(typed, correction);
	return text;
}
