import { getLocale } from '$lib/paraglide/runtime';
import { yuanText } from '$lib/rules/amount';
import { formatter, groupDigits, knownLocale } from './format';

// Apart from format.ts: every page formats dates and numbers on its first visit, and only some show
// money (the search page does not), so its first-load JavaScript need not carry this.

/**
 * Money, given in integer fen (分), as yuan in the reader's language: ¥1,280,000.50. Written from the
 * digits, never through a float; other languages get Intl with the exact decimal string.
 */
export function formatMoney(fen: number): string {
	const locale = getLocale();
	const text = yuanText(fen);
	if (knownLocale(locale)) {
		const [whole, cents = ''] = text.replace('-', '').split('.');
		const symbol = locale === 'zh-CN' ? '¥' : 'CN¥';
		return `${fen < 0 ? '-' : ''}${symbol}${groupDigits(Number(whole))}.${cents.padEnd(2, '0')}`;
	}
	const money = formatter('money', (locale) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }));
	// Intl formats a decimal string exactly (ECMA-402's Intl.NumberFormat v3).
	return money.format(text as unknown as number);
}
