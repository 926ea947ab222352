import { describe, expect, it } from 'vitest';
import { bigrams, buildSearchQuery, buildSearchVector, queryWords } from './search-text';

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
		expect(buildSearchQuery('电池 热管理').rankQuery).toBe("'电池' & ('热管' & '管理')");
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

	it('also matches the glossary translations of a word, but ranks by the words as typed', () => {
		const battery = buildSearchQuery('battery');
		expect(battery.tsquery).toBe("('battery':* | '电池')");
		expect(battery.rankQuery).toBe("'battery':*");
		expect(battery.highlights).toEqual(['battery', '电池']);
		expect(buildSearchQuery('电池').tsquery).toBe("('电池' | 'battery':* | 'batteries':*)");
	});

	it('reads a run of words the glossary knows as one term (动力|电池, heat pump)', () => {
		expect(buildSearchQuery('动力电池').tsquery).toBe(
			"(('动力' & '电池') | ('power':* <-> 'battery':*) | ('traction':* <-> 'battery':*))"
		);
		expect(buildSearchQuery('heat pump').tsquery).toBe("(('heat':* & 'pump':*) | '热泵')");
		expect(buildSearchQuery('石墨烯').tsquery).toBe("(('石墨' & '墨烯') | 'graphene':*)");
		expect(buildSearchQuery('3D打印').tsquery).toContain("('3d':* <-> 'printing':*)");
	});

	it('lists each lexeme for the typo-tolerant fallback', () => {
		expect(buildSearchQuery('钙钛旷').lexemes).toEqual(["'钙钛'", "'钛旷'"]);
	});
});
