import type { Session } from './sessions.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** amr methods that prove control of the mailbox rather than knowledge of the password. */
const emailProofs = new Set(['otp', 'magiclink', 'recovery', 'email/signup', 'invite']);

/**
 * Maps claims that auth.getClaims() has verified to the request's session. Only a signed-in,
 * non-anonymous `authenticated` user with a session counts: an anon-key JWT (role anon), a
 * service key or an anonymous sign-in never becomes a user of the app.
 */
export function verifiedSession(claims: Record<string, unknown> | null | undefined): Session | null {
	if (!claims || claims.role !== 'authenticated' || claims.is_anonymous === true) return null;
	if (typeof claims.sub !== 'string' || !uuidPattern.test(claims.sub)) return null;
	if (typeof claims.session_id !== 'string' || typeof claims.exp !== 'number') return null;
	// amr entries are objects ({method, timestamp}) or, in older tokens, bare method names.
	const methods = (Array.isArray(claims.amr) ? (claims.amr as unknown[]) : []).map((entry) =>
		typeof entry === 'string'
			? { method: entry, timestamp: 0 }
			: {
					method: String((entry as { method?: unknown })?.method),
					timestamp: Number((entry as { timestamp?: unknown })?.timestamp) || 0
				}
	);
	// The newest method decides: a password sign-in after a magic link asks for the password again.
	const latest = methods.sort((a, b) => b.timestamp - a.timestamp)[0];
	return {
		id: claims.session_id,
		userId: claims.sub,
		expiresAt: new Date(claims.exp * 1000),
		proof: latest && emailProofs.has(latest.method) ? 'email' : 'password'
	};
}
