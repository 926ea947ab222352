/**
 * Money is integer fen (分, 1/100 yuan) everywhere: in the database (bigint `*_fen` columns), in
 * TypeScript (a `number` that is always a safe integer) and in URLs. People still type yuan with up
 * to two decimals; this module turns that text into fen by its digits (BigInt, never
 * `Number(text) * 100`, which is off by a fen for values such as 1.15 or 4.35) and back.
 *
 * Two ceilings, as the columns' checks say: a listing's asking price and a need's budget may reach
 * ¥999,999,999,999.99 (what their former numeric(14, 2) held), fees and budgets in interests and
 * deal terms ¥100,000,000,000 (一千亿). Both are far below 2^53 fen, so a fen amount is exact in a
 * JavaScript number. "Too large" is its own answer: an amount typed correctly but beyond the
 * ceiling is not told it is malformed.
 */
export const maximumPriceFen = 99_999_999_999_999;
export const maximumFeeFen = 10_000_000_000_000;

export type AmountCheck =
	{ ok: true; fen: number } | { ok: false; reason: 'format' | 'negative' | 'zero' | 'too_large' };

// Digits, optionally grouped by thousands (every group of three), and at most two decimals.
const yuanPattern = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * What a Chinese keyboard or a copied bank statement gives, as plain ASCII: full-width digits,
 * point, comma and minus (１２３，０００．５), a leading ¥ or ￥ and spaces around it (full-width
 * ones too). Anything else is left for the pattern to refuse.
 */
function normalisedYuan(text: string): string {
	return text
		.replace(/[\uff10-\uff19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
		.replace(/[．]/g, '.')
		.replace(/[，]/g, ',')
		.replace(/[－−]/g, '-')
		.trim()
		.replace(/^[¥￥]\s*/, '');
}

/**
 * Yuan typed with at most two decimals, in fen; `positive` refuses zero. Full-width digits,
 * thousands separators and a leading currency sign are read as the plain digits they mean.
 */
export function parseFen(
	text: string,
	{ maximumFen, positive }: { maximumFen: number; positive: boolean }
): AmountCheck {
	const yuan = normalisedYuan(text);
	// A minus before a well-formed amount is its own answer: "cannot be negative", not "malformed".
	if (/^-/.test(yuan)) return { ok: false, reason: yuanPattern.test(yuan.slice(1).trim()) ? 'negative' : 'format' };
	const match = yuanPattern.exec(yuan);
	if (!match) return { ok: false, reason: 'format' };
	const fen = BigInt(match[1].replaceAll(',', '')) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
	if (fen > BigInt(maximumFen)) return { ok: false, reason: 'too_large' };
	if (positive && fen === 0n) return { ok: false, reason: 'zero' };
	return { ok: true, fen: Number(fen) };
}

/** An asking price or a need's budget: more than zero, up to {@link maximumPriceFen}. */
export const checkPrice = (text: string) => parseFen(text, { maximumFen: maximumPriceFen, positive: true });

/** A fee or an interest's budget: zero allowed, up to {@link maximumFeeFen}. */
export const checkFee = (text: string) => parseFen(text, { maximumFen: maximumFeeFen, positive: false });

/** Fen as the yuan a form shows back: "1280000", "12.5" → "12.50", never an exponent. */
export function yuanText(fen: number): string {
	if (!Number.isSafeInteger(fen)) throw new RangeError(`not a whole number of fen: ${fen}`);
	const sign = fen < 0 ? '-' : '';
	const magnitude = Math.abs(fen);
	const cents = magnitude % 100;
	return `${sign}${(magnitude - cents) / 100}${cents === 0 ? '' : `.${String(cents).padStart(2, '0')}`}`;
}

/**
 * Fen as yuan with exactly two decimals and no grouping, for files the finance office opens in a
 * spreadsheet: 128000050 → "1280000.50", -300 → "-3.00". Written from the digits, never a float.
 */
export function yuanDecimal(fen: number): string {
	const text = yuanText(fen);
	const [whole, cents = ''] = text.split('.');
	return `${whole}.${cents.padEnd(2, '0')}`;
}
