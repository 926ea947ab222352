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

	it('refuse other text: a third decimal, exponents, misplaced separators, letters', () => {
		for (const text of [
			'0.001',
			'1.234',
			'1e20',
			'1,00',
			'10,00.5',
			',100',
			'1,000,0',
			'.5',
			'5.',
			'abc',
			'',
			'¥',
			'5¥',
			'¥¥5',
			'-¥5',
			'--5',
			'1 000'
		])
			expect(checkPrice(text)).toEqual({ ok: false, reason: 'format' });
	});

	it('say "negative" for a well-formed amount with a minus, in any width', () => {
		for (const text of ['-5', ' -5 ', '−5', '－５', '-1,000.50', '-0.01'])
			expect(checkFee(text)).toEqual({ ok: false, reason: 'negative' });
	});

	it('read full-width digits, thousands separators, a leading ¥ or ￥ and surrounding spaces', () => {
		for (const text of [
			'1000.50',
			'1,000.50',
			'1，000.50',
			'１０００．５０',
			'１，０００．５',
			'¥1,000.50',
			'￥ 1000.5',
			' 1000.50 ',
			'\u3000￥１０００．５\u3000'
		])
			expect(checkPrice(text)).toEqual({ ok: true, fen: 100_050 });
	});

	it('read every amount as it is written grouped, in full width or after a currency sign', () => {
		const fullWidth = (text: string) =>
			text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)).replace('.', '．');
		const grouped = (text: string, comma: string) => {
			const [whole, cents] = text.split('.');
			const groups = whole.replace(/\B(?=(\d{3})+$)/g, comma);
			return cents === undefined ? groups : `${groups}.${cents}`;
		};
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: maximumPriceFen }),
				fc.constantFrom(',', '，'),
				fc.boolean(),
				fc.constantFrom('', '¥', '￥', '¥ '),
				fc.constantFrom('', ' ', '\u3000'),
				(fen, comma, wide, sign, space) => {
					const plain = grouped(yuanText(fen), comma);
					const text = `${space}${sign}${wide ? fullWidth(plain) : plain}${space}`;
					expect(parseFen(text, { maximumFen: maximumPriceFen, positive: false })).toEqual({ ok: true, fen });
				}
			)
		);
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
