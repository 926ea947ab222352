import { describe, expect, it } from 'vitest';
import { chartMax, fitLabel, textWidth } from './chart-data';

describe('chart data', () => {
	it('scales to the largest value, never to zero', () => {
		expect(
			chartMax({
				categories: ['a', 'b'],
				series: [
					{ name: 's', values: [3, 7] },
					{ name: 't', values: [9, 1] }
				]
			})
		).toBe(9);
		expect(chartMax({ categories: ['a'], series: [{ name: 's', values: [0] }] })).toBe(1);
	});
	it('counts CJK characters a full em wide and cuts long labels with an ellipsis', () => {
		expect(textWidth('机械', 12)).toBe(24);
		expect(textWidth('ab', 10)).toBeCloseTo(11.6);
		expect(fitLabel('机械工程学院', 100, 12)).toBe('机械工程学院');
		expect(fitLabel('新能源汽车动力电池热管理系统研究院', 100, 12)).toBe('新能源汽车动力…');
		expect(textWidth(fitLabel('新能源汽车动力电池热管理系统研究院', 100, 12), 12)).toBeLessThanOrEqual(100);
	});
});
