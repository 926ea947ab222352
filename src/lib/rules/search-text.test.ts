import { describe, expect, it } from 'vitest';
import { bigrams, buildSearchQuery, buildSearchVector, matchTerms, queryWords, snippet } from './search-text';

const lexemesOf = (vector: string) => new Set([...vector.matchAll(/'((?:[^']|'')+)':/g)].map((match) => match[1]));

describe('indexing text', () => {
	it('indexes words, CJK bigrams and single characters, whatever the segmenter does in context', () => {
		const lexemes = lexemesOf(buildSearchVector([{ text: '城市污水处理厂', weight: 'A' }]));
		for (const term of ['污水', '水处', '处理', '理厂', '钙'].slice(0, 4)) expect(lexemes).toContain(term);
		expect(lexemes).toContain('污');
	});

	it('weights each part and quotes lexemes safely', () => {
		const vector = buildSearchVector([
			{ text: "O'Brien heat", weight: 'A' },
			{ text: 'pump', weight: 'D' }
		]);
		expect(vector).toContain("'o''brien':1A");
		expect(vector).toMatch(/'pump':\d+D/);
	});

	it('splits runs of Han characters into overlapping bigrams', () => {
		expect(bigrams('钙钛矿')).toEqual(['钙钛', '钛矿']);
		expect(bigrams('桩')).toEqual(['桩']);
	});
});

describe('reading a query', () => {
	it('joins a lone Han character to the word it touches', () => {
		expect(queryWords('水处理')).toEqual(['水处理']);
		expect(queryWords('电池热管理')).toEqual(['电池', '热管理']);
	});

	it('requires every word, in any order, and Latin words by prefix', () => {
		expect(buildSearchQuery('电池 热管理').tsquery).toBe("'电池' & ('热管' & '管理')");
		expect(buildSearchQuery('Batt').tsquery).toBe("'batt':*");
	});

	it('turns quoted text into a phrase', () => {
		expect(buildSearchQuery('"heat pump"').tsquery).toBe("('heat' <-> 'pump')");
		expect(buildSearchQuery('“污水处理”').tsquery).toBe("('污水' <-> '水处' <-> '处理')");
	});

	it('escapes tsquery syntax typed by the user instead of obeying it', () => {
		const query = buildSearchQuery("a' | b & !c:*");
		expect(query.tsquery).not.toBeNull();
		expect(query.tsquery).not.toContain('!');
		expect(buildSearchQuery('   ').tsquery).toBeNull();
		expect(buildSearchQuery('!!! ???').tsquery).toBeNull();
	});

	it('lists each lexeme for the typo-tolerant fallback', () => {
		expect(buildSearchQuery('钙钛旷').lexemes).toEqual(["'钙钛'", "'钛旷'"]);
	});
});

describe('snippets and match terms', () => {
	it('marks the matched words without producing HTML', () => {
		const parts = snippet('一种基于钙钛矿的高效太阳能电池<script>', ['太阳能电池']);
		expect(
			parts
				.filter((part) => part.match)
				.map((part) => part.text)
				.join('')
		).toBe('太阳能电池');
		expect(parts.map((part) => part.text).join('')).toContain('<script>');
	});

	it('picks distinctive words and leaves out filler', () => {
		const labels = matchTerms('一种基于动力电池的热管理系统 for battery packs').map((term) => term.label);
		expect(labels).toContain('动力');
		expect(labels).toContain('battery');
		expect(labels).not.toContain('一种');
		expect(labels).not.toContain('for');
	});
});
