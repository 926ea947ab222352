import { describe, expect, it } from 'vitest';
import { checkWholeYuan, checkYuan } from './amount.ts';

describe('amounts in yuan', () => {
	it('take up to two decimals, up to what numeric(14, 2) stores', () => {
		expect(checkYuan('1280000.5')).toEqual({ ok: true, value: 1280000.5 });
		expect(checkYuan('999999999999.99')).toEqual({ ok: true, value: 999999999999.99 });
		expect(checkYuan('0012')).toEqual({ ok: true, value: 12 });
	});

	it('say "too large" for a well-formed amount beyond the maximum, however long', () => {
		expect(checkYuan('1000000000000')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkYuan('100000000000000000000')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkYuan('9'.repeat(400))).toEqual({ ok: false, reason: 'too_large' });
	});

	it('refuse other text and nothing at all', () => {
		for (const text of ['1.234', '1e20', '-5', '1,000', '¥5', '.5', '5.']) expect(checkYuan(text).ok).toBe(false);
		expect(checkYuan('0.00')).toEqual({ ok: false, reason: 'zero' });
	});

	it('take whole yuan from zero up to the bigint column’s check', () => {
		expect(checkWholeYuan('0')).toEqual({ ok: true, value: 0 });
		expect(checkWholeYuan('100000000000')).toEqual({ ok: true, value: 100000000000 });
		expect(checkWholeYuan('100000000001')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkWholeYuan('100000000000000000000')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkWholeYuan('12.5')).toEqual({ ok: false, reason: 'format' });
	});
});
