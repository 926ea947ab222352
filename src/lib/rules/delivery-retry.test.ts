import { describe, expect, it } from 'vitest';
import { deliveryAttemptsAllowed, retryDelaySeconds } from './delivery-retry';

describe('retryDelaySeconds', () => {
	it('waits longer after each failure', () => {
		const delays = Array.from({ length: deliveryAttemptsAllowed - 1 }, (_, index) => retryDelaySeconds(index + 1)!);
		expect(delays[0]).toBe(60);
		for (let index = 1; index < delays.length; index++) expect(delays[index]).toBeGreaterThan(delays[index - 1]);
		// About a day of trying in all.
		expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeGreaterThan(18 * 3600);
	});
	it('gives up after the last attempt allowed', () => {
		expect(retryDelaySeconds(deliveryAttemptsAllowed)).toBe(null);
		expect(retryDelaySeconds(deliveryAttemptsAllowed + 5)).toBe(null);
	});
	it('reads a nonsense count as a first attempt', () => {
		expect(retryDelaySeconds(0)).toBe(60);
		expect(retryDelaySeconds(Number.NaN)).toBe(60);
	});
});
