import { describe, expect, it } from 'vitest';
import { matchTerms } from './match-terms';

describe('match terms', () => {
	it('picks distinctive words and leaves out filler', () => {
		const labels = matchTerms('一种基于动力电池的热管理系统 for battery packs').map((term) => term.label);
		expect(labels).toContain('动力');
		expect(labels).toContain('battery');
		expect(labels).not.toContain('一种');
		expect(labels).not.toContain('for');
	});

	it('leaves out units, comparisons and figures (分钟, 低于, mwh, 2c)', () => {
		const labels = matchTerms('热失控前 20 分钟预警，误报率低于 1%，在 50 MWh 储能电站 2C 快充 3000 小时').map(
			(term) => term.label
		);
		expect(labels).toContain('预警');
		expect(labels).toContain('电站');
		for (const noise of ['分钟', '低于', 'mwh', '2c', '20', '3000', '小时']) expect(labels).not.toContain(noise);
	});
});
