import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastInventorShare } from './reward-forecast';

const policy = { inventors: 7000, college: 1000, university: 1500, office: 500 };

describe('an inventor’s forecast share', () => {
	it('splits by the policy, then by contribution, to the fen', () => {
		// ¥600,000 × 70 % = ¥420,000; a third of it, the remainder fen to the first listed.
		const thirds = [
			{ key: 'a', basisPoints: 3334 },
			{ key: 'b', basisPoints: 3333 },
			{ key: 'c', basisPoints: 3333 }
		];
		expect(forecastInventorShare(60_000_000, 'transfer', policy, thirds, 'a')).toBe(14_002_800);
		expect(forecastInventorShare(60_000_000, 'transfer', policy, thirds, 'b')).toBe(13_998_600);
	});

	it('uses the statutory floor without a policy', () => {
		const alone = [{ key: 'me', basisPoints: 10_000 }];
		expect(forecastInventorShare(1_000_001, 'transfer', null, alone, 'me')).toBe(500_001);
	});

	it('gives no forecast when the shares are not whole or the inventor is not listed', () => {
		expect(forecastInventorShare(100, 'transfer', policy, [{ key: 'a', basisPoints: 9000 }], 'a')).toBeNull();
		expect(forecastInventorShare(100, 'transfer', policy, [{ key: 'a', basisPoints: 10_000 }], 'b')).toBeNull();
	});

	it('never gives an inventor more than the inventors’ part, nor less than zero', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.integer({ min: 1, max: 9999 }), (fen, mine) => {
				const inventors = [
					{ key: 'me', basisPoints: mine },
					{ key: 'other', basisPoints: 10_000 - mine }
				];
				const share = forecastInventorShare(fen, 'transfer', policy, inventors, 'me')!;
				expect(share).toBeGreaterThanOrEqual(0);
				expect(share).toBeLessThanOrEqual(Math.ceil((fen * 7000) / 10_000));
			})
		);
	});
});
