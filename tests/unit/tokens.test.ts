import { describe, expect, it } from 'vitest';
import { generateSessionToken, sessionIdFromToken } from '$lib/server/auth/tokens';

describe('session tokens', () => {
	it('are 160 random bits in lower-case base32, different every time', () => {
		const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
		expect(tokens.size).toBe(1000);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
	});

	it('are stored as their SHA-256 in hex, so the database never holds a usable token', () => {
		// SHA-256("abc") from FIPS 180-2.
		expect(sessionIdFromToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
		const token = generateSessionToken();
		expect(sessionIdFromToken(token)).toMatch(/^[0-9a-f]{64}$/);
		expect(sessionIdFromToken(token)).toBe(sessionIdFromToken(token));
	});
});
