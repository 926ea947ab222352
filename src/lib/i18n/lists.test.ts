import { describe, expect, it } from 'vitest';
import { formatCodeList, formatList, labelled, labelSeparator } from './lists';

describe('formatList', () => {
	it('joins Chinese lists with 、', () => {
		expect(formatList(['独占许可', '转让', '作价入股'], 'zh-CN')).toBe('独占许可、转让、作价入股');
		expect(formatList(['独占许可'], 'zh-CN')).toBe('独占许可');
	});

	it('writes English lists as "a, b and c"', () => {
		expect(formatList([], 'en')).toBe('');
		expect(formatList(['licence'], 'en')).toBe('licence');
		expect(formatList(['licence', 'assignment'], 'en')).toBe('licence and assignment');
		expect(formatList(['licence', 'assignment', 'equity'], 'en')).toBe('licence, assignment and equity');
	});

	it('asks Intl for any other language', () => {
		expect(formatList(['a', 'b', 'c'], 'de')).toBe(new Intl.ListFormat('de').format(['a', 'b', 'c']));
	});
});

describe('labelled', () => {
	it('uses the full-width colon in Chinese and ": " in English', () => {
		expect(labelled('审核意见', '请补充', 'zh-CN')).toBe('审核意见：请补充');
		expect(labelled('Review comment', 'Add data', 'en')).toBe('Review comment: Add data');
		expect(labelSeparator('en')).toBe(': ');
	});
});

describe('formatCodeList', () => {
	it('lists codes without "and"', () => {
		expect(formatCodeList(['H01M 10/613', 'B60L 58/26'], 'en')).toBe('H01M 10/613, B60L 58/26');
		expect(formatCodeList(['H01M 10/613', 'B60L 58/26'], 'zh-CN')).toBe('H01M 10/613、B60L 58/26');
	});
});
