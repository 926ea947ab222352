import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basisPoints, distributeIncome, netIncome, royaltyFen, wholeBasisPoints } from './income.ts';

// Any list of 1–12 shares (some may be 0) summing to exactly 10000 basis points.
const shares = fc.array(fc.integer({ min: 0, max: wholeBasisPoints }), { minLength: 0, maxLength: 11 }).map((cuts) => {
	const points = [0, ...[...cuts].sort((a, b) => a - b), wholeBasisPoints];
	return points.slice(1).map((point, index) => ({ key: index, basisPoints: point - points[index] }));
});
const amounts = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100_000_000_000_000 }));

describe('distributing income to the fen', () => {
	it('gives lines that sum exactly to the amount, none negative, for any amount and shares', () => {
		fc.assert(
			fc.property(amounts, shares, (amount, split) => {
				const lines = distributeIncome(amount, split);
				expect(lines.map((line) => line.key)).toEqual(split.map((share) => share.key));
				expect(lines.reduce((sum, line) => sum + line.fen, 0)).toBe(amount);
				for (const line of lines) expect(line.fen).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps each line within one fen of its exact share', () => {
		fc.assert(
			fc.property(amounts, shares, (amount, split) => {
				distributeIncome(amount, split).forEach((line, index) => {
					const exact = (BigInt(amount) * BigInt(split[index].basisPoints)) / 10_000n;
					expect(BigInt(line.fen) - exact).toBeGreaterThanOrEqual(0n);
					expect(BigInt(line.fen) - exact).toBeLessThanOrEqual(1n);
				});
			})
		);
	});

	it('breaks ties by the order the shares are listed, the same every time', () => {
		const thirds = [
			{ key: 'a', basisPoints: 3334 },
			{ key: 'b', basisPoints: 3333 },
			{ key: 'c', basisPoints: 3333 }
		];
		expect(distributeIncome(100, thirds)).toEqual([
			{ key: 'a', fen: 34 },
			{ key: 'b', fen: 33 },
			{ key: 'c', fen: 33 }
		]);
		const even = [
			{ key: 'x', basisPoints: 5000 },
			{ key: 'y', basisPoints: 5000 }
		];
		expect(distributeIncome(1, even)).toEqual([
			{ key: 'x', fen: 1 },
			{ key: 'y', fen: 0 }
		]);
	});

	it('gives the largest remainder the odd fen, not the first share', () => {
		const split = [
			{ key: 'small', basisPoints: 1010 },
			{ key: 'large', basisPoints: 8990 }
		];
		// 7 fen: 0.707 and 6.293 → 0 and 6, one left over goes to 0.707.
		expect(distributeIncome(7, split)).toEqual([
			{ key: 'small', fen: 1 },
			{ key: 'large', fen: 6 }
		]);
	});

	it('refuses negative or fractional amounts and shares that do not sum to 100 %', () => {
		const half = { key: 'a', basisPoints: 5000 };
		expect(() => distributeIncome(-1, [{ key: 'a', basisPoints: 10_000 }])).toThrow(RangeError);
		expect(() => distributeIncome(0.5, [{ key: 'a', basisPoints: 10_000 }])).toThrow(RangeError);
		expect(() => distributeIncome(100, [half, half, half])).toThrow(RangeError);
		expect(() => distributeIncome(100, [half])).toThrow(RangeError);
		expect(() =>
			distributeIncome(100, [
				{ key: 'a', basisPoints: 10_001 },
				{ key: 'b', basisPoints: -1 }
			])
		).toThrow(RangeError);
	});
});

describe('net income and royalties', () => {
	it('subtract itemised deductions from the receipt, refusing more than the receipt', () => {
		const deductions = [
			{ kind: 'patent_fees', fen: 120_000, note: '年费' },
			{ kind: 'taxes', fen: 30_000, note: '增值税' }
		] as const;
		expect(netIncome(1_000_000, deductions)).toEqual({ ok: true, fen: 850_000 });
		expect(netIncome(150_000, deductions)).toEqual({ ok: true, fen: 0 });
		expect(netIncome(149_999, deductions)).toEqual({ ok: false, reason: 'deductions_exceed_receipt' });
		expect(netIncome(-1, [])).toEqual({ ok: false, reason: 'negative' });
		expect(netIncome(100, [{ kind: 'other', fen: -5, note: '' }])).toEqual({ ok: false, reason: 'negative' });
	});

	it('never give a net income below zero or above the receipt', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e13 }), fc.array(fc.integer({ min: 0, max: 1e12 })), (receipt, fees) => {
				const result = netIncome(
					receipt,
					fees.map((fen) => ({ kind: 'other', fen, note: '' }))
				);
				if (result.ok) expect(result.fen).toBeGreaterThanOrEqual(0);
				if (result.ok) expect(result.fen).toBeLessThanOrEqual(receipt);
			})
		);
	});

	it('compute a royalty from net sales and the rate, rounded once, half up', () => {
		expect(royaltyFen(100_000_000, 350)).toBe(3_500_000);
		expect(royaltyFen(5, 1000)).toBe(1); // 0.5 fen rounds up
		expect(royaltyFen(4, 1000)).toBe(0); // 0.4 fen rounds down
		expect(royaltyFen(0, 250)).toBe(0);
		expect(royaltyFen(10_000_000_000_000_00, 10_000)).toBe(10_000_000_000_000_00);
		expect(() => royaltyFen(-1, 100)).toThrow(RangeError);
		expect(() => royaltyFen(100, 10_001)).toThrow(RangeError);
	});

	it('read a stored percentage as basis points by its digits', () => {
		expect(basisPoints('3.5')).toBe(350);
		expect(basisPoints('2.55')).toBe(255);
		expect(basisPoints('100')).toBe(10_000);
		expect(basisPoints('100.01')).toBeNull();
		expect(basisPoints('1.234')).toBeNull();
		expect(basisPoints('-1')).toBeNull();
	});
});
