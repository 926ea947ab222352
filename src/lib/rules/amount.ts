/**
 * Amounts of money as typed into a form. Prices and budgets are yuan with up to two decimals (fen),
 * stored as numeric(14, 2): at most 999,999,999,999.99. Budgets and fees in interests and deal
 * terms are whole yuan, stored as bigint with a check of at most 100,000,000,000 (一千亿).
 * "Too large" is its own answer: an amount typed correctly but beyond what is stored is not told
 * it is malformed.
 */
export const maximumYuan = 999_999_999_999.99;
export const maximumWholeYuan = 100_000_000_000;

export type AmountCheck = { ok: true; value: number } | { ok: false; reason: 'format' | 'zero' | 'too_large' };

/** A positive amount in yuan with at most two decimals, or why not. */
export function checkYuan(text: string): AmountCheck {
	if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, reason: 'format' };
	return bounded(Number(text), maximumYuan, true);
}

/** A whole number of yuan, zero allowed, or why not. */
export function checkWholeYuan(text: string): AmountCheck {
	if (!/^\d+$/.test(text)) return { ok: false, reason: 'format' };
	return bounded(Number(text), maximumWholeYuan, false);
}

// Number() of a long digit string is approximate (or Infinity), never below the true value's
// rounding: compared with a maximum of 15 significant digits it cannot be mistaken.
function bounded(value: number, maximum: number, positive: boolean): AmountCheck {
	if (value > maximum) return { ok: false, reason: 'too_large' };
	if (positive && value <= 0) return { ok: false, reason: 'zero' };
	return { ok: true, value };
}
