import { describe, expect, it } from 'vitest';
import { verifiedSession } from '../../src/lib/server/auth/supabase-claims.ts';

const sub = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const base = {
	sub,
	role: 'authenticated',
	aud: 'authenticated',
	session_id: 'b1a2c3d4-0000-4000-8000-000000000001',
	exp: 1_900_000_000,
	iat: 1_899_996_400
};

describe('verified Supabase claims → the request’s session', () => {
	it('maps a signed-in user to the same sub and session the embedded mode would use', () => {
		expect(verifiedSession({ ...base, amr: [{ method: 'password', timestamp: 1 }] })).toEqual({
			id: base.session_id,
			userId: sub,
			expiresAt: new Date(1_900_000_000_000),
			proof: 'password'
		});
	});

	it('never makes a user of the anon key, an anonymous sign-in, or a token without a session', () => {
		expect(verifiedSession({ ...base, role: 'anon' })).toBeNull();
		expect(verifiedSession({ ...base, role: 'service_role' })).toBeNull();
		expect(verifiedSession({ ...base, is_anonymous: true })).toBeNull();
		expect(verifiedSession({ ...base, session_id: undefined })).toBeNull();
		expect(verifiedSession({ ...base, sub: 'not-a-uuid' })).toBeNull();
		expect(verifiedSession(null)).toBeNull();
	});

	it('counts the newest sign-in method: an email code or recovery link proves the mailbox', () => {
		expect(
			verifiedSession({
				...base,
				amr: [
					{ method: 'password', timestamp: 1 },
					{ method: 'recovery', timestamp: 2 }
				]
			})?.proof
		).toBe('email');
		expect(
			verifiedSession({
				...base,
				amr: [
					{ method: 'otp', timestamp: 2 },
					{ method: 'password', timestamp: 3 }
				]
			})?.proof
		).toBe('password');
		expect(verifiedSession({ ...base, amr: ['magiclink'] })?.proof).toBe('email');
	});
});
