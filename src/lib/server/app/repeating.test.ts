import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRepeating } from './repeating.ts';

describe('a repeating background pass', () => {
	afterEach(() => vi.useRealTimers());

	it('runs at start and on its timer, one pass at a time, however often it is nudged', async () => {
		vi.useFakeTimers();
		let passes = 0;
		let overlapping = 0;
		let active = 0;
		const repeating = startRepeating(
			async () => {
				active++;
				overlapping = Math.max(overlapping, active);
				await new Promise((resume) => setTimeout(resume, 50));
				passes++;
				active--;
			},
			{ everyMs: 1_000, failure: 'test pass failed' }
		);
		// Nudges before the pass at start begins are that pass; nudges while it runs are one more.
		repeating.nudge();
		await vi.advanceTimersByTimeAsync(10);
		for (let nudge = 0; nudge < 5; nudge++) repeating.nudge();
		await vi.advanceTimersByTimeAsync(200);
		expect(passes).toBe(2);
		await vi.advanceTimersByTimeAsync(1_000);
		expect(passes).toBe(3);
		repeating.stop();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(passes).toBe(3);
		expect(overlapping).toBe(1);
	});

	it('logs a failed pass and runs the next one; waits for its first tick when told', async () => {
		vi.useFakeTimers();
		const logged = vi.spyOn(console, 'log').mockImplementation(() => {});
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		let calls = 0;
		const repeating = startRepeating(
			async () => {
				calls++;
				if (calls === 1) throw new Error('database away');
			},
			{ everyMs: 100, failure: 'test pass failed', atStart: false }
		);
		expect(calls).toBe(0);
		await vi.advanceTimersByTimeAsync(250);
		expect(calls).toBe(2);
		const lines = [...logged.mock.calls, ...errors.mock.calls].map((call) => String(call[0]));
		expect(lines.some((line) => line.includes('test pass failed') && line.includes('database away'))).toBe(true);
		repeating.stop();
	});
});
