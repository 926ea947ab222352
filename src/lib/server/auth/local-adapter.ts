import type { Executor } from '../db/port.ts';
import type { Identity } from './identity.ts';
import * as credentials from './local-identity.ts';
import * as sessions from './sessions.ts';
import { registerSignUp } from './throttle.ts';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from './cookies.ts';

/**
 * The embedded identity adapter: what the app did before Supabase, behind the port. It sends
 * no email (there is no mail service in an embedded install), so email codes, magic links and
 * reset-by-email are switched off through `features` and the pages say so; a forgotten
 * password is reset by an administrator of the installation (README "Identity").
 */
export function createLocalIdentity(service: Executor, options: { signUpsPerAddress: number }): Identity {
	async function startSession(request: Parameters<Identity['resolve']>[0], userId: string): Promise<void> {
		const { token, session } = await sessions.createSession(service, userId, request.userAgent);
		setSessionCookie(request.cookies, token, session.expiresAt);
	}

	return {
		kind: 'local',
		features: { email: false, deviceList: true },

		async resolve(request) {
			const token = request.cookies.get(sessionCookieName);
			if (!token) return null;
			const validation = await sessions.validateSessionToken(service, token);
			if (!validation) {
				deleteSessionCookie(request.cookies);
				return null;
			}
			if (validation.renewed) setSessionCookie(request.cookies, token, validation.session.expiresAt);
			return { user: validation.user, session: validation.session };
		},

		async signUp(request, input) {
			if (await registerSignUp(service, request.ipAddress, options.signUpsPerAddress))
				return { ok: false, reason: 'address_throttled' };
			const result = await credentials.signUp(service, input);
			if (!result.ok) return result;
			await startSession(request, result.userId);
			return { ok: true, signedIn: true, userId: result.userId };
		},

		async signInWithPassword(request, input) {
			const result = await credentials.signIn(service, { ...input, ipAddress: request.ipAddress });
			if (result.ok) await startSession(request, result.userId);
			return result;
		},

		requestEmailCode: async () => 'unavailable',
		verifyEmailCode: async () => ({ ok: false, reason: 'invalid' }),
		verifyEmailLink: async () => false,
		requestPasswordReset: async () => 'unavailable',

		async updatePassword(request, current, input) {
			if (input.currentPassword === null) return 'reauthenticate';
			return credentials.changePassword(service, {
				userId: current.user.id,
				email: current.user.email,
				ipAddress: request.ipAddress,
				currentPassword: input.currentPassword,
				newPassword: input.newPassword,
				keepSessionId: current.session.id
			});
		},

		async signOut(request, current, scope) {
			if (current && scope === 'everywhere') await sessions.invalidateUserSessions(service, current.user.id);
			else if (current) await sessions.invalidateSession(service, current.session.id);
			deleteSessionCookie(request.cookies);
		}
	};
}
