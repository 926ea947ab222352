/** Lucia's sliding expiry: a session lives 30 days and is renewed once it is half used. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
const renewWhenLeftMs = sessionLifetimeMs / 2;

export function newSessionExpiry(now: Date): Date {
	return new Date(now.getTime() + sessionLifetimeMs);
}

export type SessionFreshness = { state: 'expired' } | { state: 'valid' } | { state: 'renew'; expiresAt: Date };

export function sessionFreshness(expiresAt: Date, now: Date): SessionFreshness {
	const left = expiresAt.getTime() - now.getTime();
	if (left <= 0) return { state: 'expired' };
	if (left < renewWhenLeftMs) return { state: 'renew', expiresAt: newSessionExpiry(now) };
	return { state: 'valid' };
}
