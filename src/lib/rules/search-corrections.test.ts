import { describe, expect, it } from 'vitest';
import { correctableWords, correctedQuery } from './search-corrections';

describe('did-you-mean corrections', () => {
	it('finds the three-character Han words a correction may fix, and applies corrections', () => {
		expect(correctableWords('石磨烯 coating "钙钛旷"')).toEqual(['石磨烯']);
		expect(correctableWords('污水处里')).toEqual([]);
		expect(correctedQuery('石磨烯 涂料', [{ typed: '石磨烯', correction: '石墨烯' }])).toBe('石墨烯 涂料');
	});
});
