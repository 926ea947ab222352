import { describe, expect, it } from 'vitest';
import { newSessionExpiry, sessionFreshness, sessionLifetimeMs } from '$lib/rules/session-expiry';

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-25T08:00:00Z');

describe('sliding session expiry', () => {
	it('gives a new session 30 days', () => {
		expect(newSessionExpiry(now).getTime() - now.getTime()).toBe(30 * day);
		expect(sessionLifetimeMs).toBe(30 * day);
	});

	it('keeps a session with more than 15 days left as it is', () => {
		expect(sessionFreshness(new Date(now.getTime() + 20 * day), now)).toEqual({ state: 'valid' });
	});

	it('renews a session to a full 30 days once less than 15 days are left', () => {
		expect(sessionFreshness(new Date(now.getTime() + 14 * day), now)).toEqual({
			state: 'renew',
			expiresAt: new Date(now.getTime() + 30 * day)
		});
	});

	it('ends a session at its expiry instant, not a millisecond later', () => {
		expect(sessionFreshness(now, now)).toEqual({ state: 'expired' });
		expect(sessionFreshness(new Date(now.getTime() + 1), now).state).toBe('renew');
	});
});
