/**
 * The arithmetic of income (issue #20), in integer fen and integer basis points (1 bp = 0.01 %):
 * no float ever touches money. Products that could pass 2^53 (fen × basis points) are taken in
 * BigInt. Pure functions; the database enforces the same sums with checks.
 */

/** 100 % in basis points. */
export const wholeBasisPoints = 10_000;

const percentPattern = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/**
 * A percentage as stored (numeric(5, 2), read as text, e.g. "3.5") in basis points, by its digits.
 * Null for anything else or above 100 %.
 */
export function basisPoints(percent: string): number | null {
	const match = percentPattern.exec(percent.trim());
	if (!match) return null;
	const points = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	return points <= wholeBasisPoints ? points : null;
}

export type Share<Key> = { key: Key; basisPoints: number };
export type Line<Key> = { key: Key; fen: number };

/**
 * Splits `amountFen` by shares that sum to exactly 100 %, to the fen, by the largest-remainder
 * method: each share first gets the floor of its exact part, then the fen left over (fewer than
 * there are shares) go one each to the largest remainders. Ties go to the share listed first, so
 * the same input always gives the same lines. The lines sum exactly to the amount and none is
 * negative. Throws on input a caller must have refused already (negative or fractional amounts,
 * shares not summing to 100 %).
 */
export function distributeIncome<Key>(amountFen: number, shares: readonly Share<Key>[]): Line<Key>[] {
	if (!Number.isSafeInteger(amountFen) || amountFen < 0) throw new RangeError(`not an amount in fen: ${amountFen}`);
	if (shares.some((share) => !Number.isSafeInteger(share.basisPoints) || share.basisPoints < 0))
		throw new RangeError('a share is not a whole number of basis points ≥ 0');
	const total = shares.reduce((sum, share) => sum + share.basisPoints, 0);
	if (total !== wholeBasisPoints) throw new RangeError(`shares sum to ${total} basis points, not 10000`);

	const amount = BigInt(amountFen);
	const whole = BigInt(wholeBasisPoints);
	const parts = shares.map((share, index) => {
		const exact = amount * BigInt(share.basisPoints);
		return { index, fen: exact / whole, remainder: exact % whole };
	});
	let left = amount - parts.reduce((sum, part) => sum + part.fen, 0n);
	const byRemainder = [...parts].sort((a, b) =>
		a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1
	);
	for (const part of byRemainder) {
		if (left === 0n) break;
		part.fen += 1n;
		left -= 1n;
	}
	return parts.map((part) => ({ key: shares[part.index].key, fen: Number(part.fen) }));
}

export const deductionKinds = ['patent_fees', 'agency_fees', 'taxes', 'other'] as const;
export type Deduction = { kind: (typeof deductionKinds)[number]; fen: number; note: string };
export type NetIncome = { ok: true; fen: number } | { ok: false; reason: 'negative' | 'deductions_exceed_receipt' };

/**
 * Net income (净收入) of a receipt: the receipt minus its itemised deductions (patent fees, agency
 * fees, taxes, other), the base the reward policy's shares apply to. Deductions above the receipt
 * are refused rather than producing a negative income to share out.
 */
export function netIncome(receiptFen: number, deductions: readonly Deduction[]): NetIncome {
	const amounts = [receiptFen, ...deductions.map((deduction) => deduction.fen)];
	if (amounts.some((fen) => !Number.isSafeInteger(fen) || fen < 0)) return { ok: false, reason: 'negative' };
	const deducted = deductions.reduce((sum, deduction) => sum + deduction.fen, 0);
	if (deducted > receiptFen) return { ok: false, reason: 'deductions_exceed_receipt' };
	return { ok: true, fen: receiptFen - deducted };
}

/**
 * The running royalty due on `netSalesFen` at `rateBasisPoints` (3.5 % = 350): the exact product
 * rounded once, half up (四舍五入), to the fen. Rounding per report, not per sale line, is what a
 * licence's royalty clause computes and what the company's own report is compared with.
 */
export function royaltyFen(netSalesFen: number, rateBasisPoints: number): number {
	if (!Number.isSafeInteger(netSalesFen) || netSalesFen < 0)
		throw new RangeError(`not net sales in fen: ${netSalesFen}`);
	if (!Number.isSafeInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > wholeBasisPoints)
		throw new RangeError(`not a rate in basis points: ${rateBasisPoints}`);
	const exact = BigInt(netSalesFen) * BigInt(rateBasisPoints);
	const whole = BigInt(wholeBasisPoints);
	return Number((exact + whole / 2n) / whole);
}
