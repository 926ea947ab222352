import { createServerClient } from '@supabase/ssr';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Executor } from '../db/port.ts';
import type { Identity, IdentityRequest, NewAccount, SignInResult } from './identity.ts';
import { findSessionUser } from './sessions.ts';
import { registerAttempt, registerSignUp, registerSuccess, throttleKeys } from './throttle.ts';
import { verifiedSession } from './supabase-claims.ts';
import { log } from '../app/log.ts';
import { failUnexpected, isEmailLinkType, isThrottle, signUpRefusal, unknownAddress } from './supabase-errors.ts';

export interface SupabaseIdentityOptions {
	url: string;
	publicKey: string;
	/** SIGNUPS_PER_ADDRESS: sign-ups one address may make in the throttle window. */
	signUpsPerAddress: number;
	/** Injected by tests; the live server uses the platform fetch. */
	fetch?: typeof fetch;
}

/**
 * The Supabase Auth adapter. Each request gets its own @supabase/ssr client over the request's
 * cookies (httpOnly here: the browser never needs the tokens, see /api/realtime/token).
 * Security invariant: the user is taken from auth.getClaims(), which checks the access
 * token's signature against the project's JWKS (or asks GoTrue for HS256 projects) and its
 * expiry; getSession()'s unverified cookie contents are never trusted on their own.
 */
export function createSupabaseIdentity(service: Executor, options: SupabaseIdentityOptions): Identity {
	const fetchImpl = options.fetch ?? fetch;

	function clientFor(request: IdentityRequest): SupabaseClient {
		return createServerClient(options.url, options.publicKey, {
			global: { fetch: fetchImpl },
			cookieOptions: { httpOnly: true, sameSite: 'lax', secure: request.origin.startsWith('https:') },
			cookies: {
				getAll: () => request.cookies.getAll(),
				setAll: (cookies) => {
					for (const { name, value, options: cookie } of cookies)
						request.cookies.set(name, value, { ...cookie, path: '/' });
				}
			}
		});
	}

	/** A client without cookies, to check a password without touching the browser's session. */
	function detachedClient(): SupabaseClient {
		return createClient(options.url, options.publicKey, {
			global: { fetch: fetchImpl },
			auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
		});
	}

	/** An account without a profile (made outside the sign-up form) cannot use the app yet. */
	async function signedIn(request: IdentityRequest, userId: string): Promise<SignInResult> {
		const user = await findSessionUser(service, userId);
		if (user) return { ok: true, userId: user.id, locale: user.locale };
		dropSessionCookies(request);
		return { ok: false, reason: 'invalid' };
	}

	const link = (request: IdentityRequest, next: string) =>
		`${request.origin}/auth/confirm?next=${encodeURIComponent(next)}`;

	return {
		kind: 'supabase',
		features: { email: true, deviceList: false },

		async resolve(request) {
			if (!request.cookies.getAll().some((cookie) => cookie.name.startsWith('sb-'))) return null;
			const { data, error } = await clientFor(request).auth.getClaims();
			const session = !error && data ? verifiedSession(data.claims) : null;
			if (!session) return null;
			const user = await findSessionUser(service, session.userId);
			return user ? { user, session } : null;
		},

		async signUp(request, input) {
			if (await registerSignUp(service, request.ipAddress, options.signUpsPerAddress))
				return { ok: false, reason: 'address_throttled' };
			const { data, error } = await clientFor(request).auth.signUp({
				email: input.email,
				password: input.password,
				options: {
					emailRedirectTo: link(request, '/account?welcome=1'),
					// Read by app.create_profile_for_auth_user(), which trusts only the three self-chosen roles.
					data: signUpMetadata(input)
				}
			});
			// The invitation trigger raises when the link was used up meanwhile; GoTrue then answers
			// "Database error saving new user" (500), which for such a sign-up means exactly that.
			if (error && input.invitationTokenHash && error.status === 500)
				return { ok: false, reason: 'invitation_invalid' };
			if (error) return { ok: false, reason: signUpRefusal(error) };
			if (data.session && data.user) return { ok: true, signedIn: true, userId: data.user.id };
			// With confirmations on, GoTrue answers a taken address like a new one: the same page for both.
			return { ok: true, signedIn: false };
		},

		async signInWithPassword(request, input) {
			const keys = throttleKeys(input.email, request.ipAddress);
			const throttled = await registerAttempt(service, keys);
			if (throttled) return { ok: false, reason: throttled };
			const { data, error } = await clientFor(request).auth.signInWithPassword(input);
			// GoTrue says "not confirmed" only after the password matched, so saying so reveals nothing.
			if (error)
				return {
					ok: false,
					reason: isThrottle(error) ? 'throttled' : error.code === 'email_not_confirmed' ? 'unconfirmed' : 'invalid'
				};
			await registerSuccess(service, keys);
			return signedIn(request, data.user.id);
		},

		async requestEmailCode(request, email) {
			const { error } = await clientFor(request).auth.signInWithOtp({
				email,
				options: { shouldCreateUser: false, emailRedirectTo: link(request, '/') }
			});
			// An unknown address gets the same answer as a known one: no account enumeration.
			if (!error || unknownAddress.has(error.code ?? '')) return 'sent';
			return isThrottle(error) ? 'throttled' : failUnexpected(error);
		},

		async verifyEmailCode(request, input) {
			const keys = throttleKeys(input.email, request.ipAddress);
			const throttled = await registerAttempt(service, keys);
			if (throttled) return { ok: false, reason: throttled };
			const { data, error } = await clientFor(request).auth.verifyOtp({
				email: input.email,
				token: input.code,
				type: 'email'
			});
			if (error || !data.session || !data.user)
				return { ok: false, reason: error && isThrottle(error) ? 'throttled' : 'invalid' };
			await registerSuccess(service, keys);
			return signedIn(request, data.user.id);
		},

		async verifyEmailLink(request, { tokenHash, type, code }) {
			const auth = clientFor(request).auth;
			if (code) return !(await auth.exchangeCodeForSession(code)).error;
			if (!tokenHash || !isEmailLinkType(type)) return false;
			return !(await auth.verifyOtp({ token_hash: tokenHash, type })).error;
		},

		async requestPasswordReset(request, email) {
			const { error } = await clientFor(request).auth.resetPasswordForEmail(email, {
				redirectTo: link(request, '/account#password')
			});
			if (!error || unknownAddress.has(error.code ?? '')) return 'sent';
			return isThrottle(error) ? 'throttled' : failUnexpected(error);
		},

		async updatePassword(request, current, input) {
			if (current.session.proof === 'password') {
				if (input.currentPassword === null) return 'reauthenticate';
				// The same shared limit as sign-in: a stolen session must not become a password oracle.
				const keys = throttleKeys(current.user.email, request.ipAddress);
				const throttled = await registerAttempt(service, keys);
				if (throttled) return throttled;
				const check = await detachedClient().auth.signInWithPassword({
					email: current.user.email,
					password: input.currentPassword
				});
				if (check.error) return 'wrong_password';
				await registerSuccess(service, keys);
				await signOutToken(check.data.session.access_token);
			}
			const auth = clientFor(request).auth;
			const { error } = await auth.updateUser({ password: input.newPassword });
			if (error)
				return error.code === 'weak_password' || error.code === 'same_password'
					? 'weak_password'
					: error.code === 'reauthentication_needed'
						? 'reauthenticate'
						: failUnexpected(error);
			// As in local mode: a changed password ends every other session. The password has changed
			// either way; a refusal here must be visible in the log, since other devices stay signed in.
			const ended = await auth.signOut({ scope: 'others' });
			if (ended.error)
				log('error', 'other sessions not ended after a password change', {
					userId: current.user.id,
					code: ended.error.code ?? ended.error.status
				});
			return 'changed';
		},

		async realtimeToken(request) {
			const auth = clientFor(request).auth;
			const { data, error } = await auth.getClaims();
			if (error || !verifiedSession(data?.claims)) return null;
			// getClaims has just verified (and if needed refreshed) this very session's token.
			const { data: stored } = await auth.getSession();
			return stored.session ? { token: stored.session.access_token, expiresAt: data!.claims.exp } : null;
		},

		async signOut(request, _current, scope) {
			const { error } = await clientFor(request).auth.signOut({ scope: scope === 'everywhere' ? 'global' : 'local' });
			// "Everywhere" is the answer to a lost phone: when GoTrue did not revoke the other sessions the
			// user must not be told they are signed out (auth-js already treats a session that no longer
			// exists as success). This device alone is signed out whatever the network says.
			if (error && scope === 'everywhere') failUnexpected(error);
			// signOut clears the cookies it knows; a stale chunk left over is dropped too.
			dropSessionCookies(request);
		}
	};

	async function signOutToken(accessToken: string): Promise<void> {
		await fetchImpl(`${options.url}/auth/v1/logout?scope=local`, {
			method: 'POST',
			headers: { apikey: options.publicKey, authorization: `Bearer ${accessToken}` }
		});
	}
}

function dropSessionCookies(request: IdentityRequest): void {
	for (const cookie of request.cookies.getAll())
		if (cookie.name.startsWith('sb-')) request.cookies.delete(cookie.name, { path: '/' });
}

/**
 * What GoTrue stores and our triggers read. app.create_profile_for_auth_user() trusts only the
 * three self-chosen roles; a sign-up through an invitation sends no role but the token's hash,
 * which app.create_profile_for_invited_user() turns into a member of the inviting company.
 */
function signUpMetadata(input: NewAccount): Record<string, string | null> {
	if (input.invitationTokenHash)
		return {
			display_name: input.displayName,
			invitation_token_hash: input.invitationTokenHash,
			locale: input.locale
		};
	return {
		role: input.role,
		display_name: input.displayName,
		organization_id: input.organizationId || null,
		// Checked by app.mark_researcher_pending: the college must be of this university.
		university_id: input.universityId || null,
		company_name: input.companyName || null,
		provider_name: input.providerName || null,
		provider_type: input.providerType || null,
		locale: input.locale
	};
}
