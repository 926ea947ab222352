import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFee, checkPrice, maximumFeeFen, maximumPriceFen, parseFen, yuanText } from './amount.ts';

describe('yuan typed into a form, as fen', () => {
	it('count by digits, never through a float', () => {
		expect(checkPrice('1280000.5')).toEqual({ ok: true, fen: 128_000_050 });
		// Number('1.15') * 100 is 114.99999999999999, Number('4.35') * 100 is 434.99999999999994.
		expect(checkPrice('1.15')).toEqual({ ok: true, fen: 115 });
		expect(checkPrice('4.35')).toEqual({ ok: true, fen: 435 });
		expect(checkPrice('999999999999.99')).toEqual({ ok: true, fen: maximumPriceFen });
		expect(checkPrice('0012')).toEqual({ ok: true, fen: 1200 });
		expect(checkPrice('0.01')).toEqual({ ok: true, fen: 1 });
	});

	it('say "too large" for a well-formed amount beyond the ceiling, however long', () => {
		expect(checkPrice('1000000000000')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkPrice('1000000000000000')).toEqual({ ok: false, reason: 'too_large' });
		expect(checkPrice('9'.repeat(400))).toEqual({ ok: false, reason: 'too_large' });
		expect(checkFee('100000000000')).toEqual({ ok: true, fen: maximumFeeFen });
		expect(checkFee('100000000000.01')).toEqual({ ok: false, reason: 'too_large' });
	});

	it('refuse other text: negatives, a third decimal, exponents, separators, letters', () => {
		for (const text of ['0.001', '1.234', '1e20', '-5', '1,000', '¥5', '.5', '5.', 'abc', '', ' 5', '5 ', '１２'])
			expect(checkPrice(text)).toEqual({ ok: false, reason: 'format' });
	});

	it('refuse zero for a price, take it for a fee', () => {
		expect(checkPrice('0.00')).toEqual({ ok: false, reason: 'zero' });
		expect(checkFee('0')).toEqual({ ok: true, fen: 0 });
	});

	it('read back what yuanText writes, for every amount up to the ceiling', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: maximumPriceFen }), (fen) => {
				expect(parseFen(yuanText(fen), { maximumFen: maximumPriceFen, positive: false })).toEqual({ ok: true, fen });
			})
		);
	});

	it('write fen as plain yuan for a form', () => {
		expect(yuanText(128_000_050)).toBe('1280000.50');
		expect(yuanText(1200)).toBe('12');
		expect(yuanText(7)).toBe('0.07');
		expect(yuanText(-250)).toBe('-2.50');
		expect(() => yuanText(1.5)).toThrow(RangeError);
	});
});
