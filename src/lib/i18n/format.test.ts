import { afterAll, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { yuanText } from '$lib/rules/amount';
import { formatDate, formatNumber } from './format';
import { formatMoney } from './format-money';

const originalGetLocale = getLocale;
afterAll(() => overwriteGetLocale(originalGetLocale));

// The hand-written shapes must read exactly as Intl writes them, in both languages.
describe.each(['zh-CN', 'en'] as const)('format in %s', (locale) => {
	overwriteGetLocale(() => locale);
	const intlDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
	const intlNumber = new Intl.NumberFormat(locale);
	const intlMoney = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' });

	it('writes dates as Intl does in Asia/Shanghai, across midnight and the years', () => {
		overwriteGetLocale(() => locale);
		const instants = [
			'1992-01-01T00:00:00Z',
			'2023-02-28T15:59:59Z',
			'2023-02-28T16:00:00Z',
			'2024-02-29T12:00:00Z',
			'2026-12-31T16:30:00Z'
		];
		for (let day = 0; day < 800; day++)
			instants.push(new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + (day % 24) * 3_600_000).toISOString());
		for (const instant of instants) expect(formatDate(instant)).toBe(intlDate.format(new Date(instant)));
		expect(formatDate('2026-03-05')).toBe(intlDate.format(new Date('2026-03-05')));
	});

	it('writes whole numbers and yuan amounts as Intl does', () => {
		overwriteGetLocale(() => locale);
		for (const value of [0, 7, 42, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -4_321])
			expect(formatNumber(value)).toBe(intlNumber.format(value));
		// Money is given in fen; Intl is given the same amount as an exact decimal string.
		for (const fen of [
			0, 1, 50, 100, 9950, 100_000, 120_000_000, 1_234_567, 9_999_999_999, -432_100, 99_999_999_999_999
		])
			expect(formatMoney(fen)).toBe(intlMoney.format(yuanText(fen) as unknown as number));
		expect(formatNumber(1.25)).toBe(intlNumber.format(1.25));
	});
});
