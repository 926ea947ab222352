import type { Cookies } from '@sveltejs/kit';
import type { SignUpInput } from '$lib/schemas/auth.ts';
import type { Session, SessionUser } from './sessions.ts';

/**
 * The Identity port (docs/architecture.md, "Identity port"): one interface, two adapters. The local one is
 * argon2id passwords + Lucia-style sessions in our own tables; the Supabase one is Supabase
 * Auth through @supabase/ssr cookies. Routes and hooks only ever talk to this interface.
 *
 * Security invariant: `resolve` returns a user only after the adapter has verified the
 * credential itself (the session row for local; the JWT signature or GoTrue for Supabase).
 * Its result becomes the request's claims, so RLS sees the same `sub` in both modes.
 */
export interface IdentityRequest {
	cookies: Cookies;
	/** The public origin, for links in emails (confirmation, magic link, password reset). */
	origin: string;
	ipAddress: string;
	userAgent: string | null;
}

/**
 * A sign-up: the form's input, or a company user joining through an invitation link, who then
 * joins the inviting company instead of creating one (docs/domain.md, "Company teams").
 */
export type NewAccount = SignUpInput & { invitationTokenHash?: string };

export interface CurrentUser {
	user: SessionUser;
	session: Session;
}

export type SignUpResult =
	| { ok: true; signedIn: true; userId: string }
	/** Supabase projects that confirm email addresses: the account waits for the link. */
	| { ok: true; signedIn: false }
	/** `throttled`: the identity provider's own email limit; `address_throttled`: ours, per address. */
	| {
			ok: false;
			reason:
				| 'email_taken'
				| 'organization_invalid'
				| 'invitation_invalid'
				| 'weak_password'
				| 'throttled'
				| 'address_throttled';
	  };

/** `unconfirmed`: right password, but the address was never confirmed (Supabase only). */
export type SignInResult =
	| { ok: true; userId: string; locale: 'zh-CN' | 'en' }
	| { ok: false; reason: 'invalid' | 'throttled' | 'paused' | 'unconfirmed' };

export type PasswordChange = 'changed' | 'wrong_password' | 'weak_password' | 'reauthenticate' | 'throttled' | 'paused';

export interface IdentityFeatures {
	/** Email one-time codes and magic links, and password reset by email: need a mail service. */
	email: boolean;
	/** Whether the account page can list this user's sessions, one per device. */
	deviceList: boolean;
}

export interface Identity {
	readonly kind: 'local' | 'supabase';
	readonly features: IdentityFeatures;
	resolve(request: IdentityRequest): Promise<CurrentUser | null>;
	signUp(request: IdentityRequest, input: NewAccount): Promise<SignUpResult>;
	signInWithPassword(request: IdentityRequest, input: { email: string; password: string }): Promise<SignInResult>;
	/** Sends a one-time code (the same email carries a magic link). Silent about unknown addresses. */
	requestEmailCode(request: IdentityRequest, email: string): Promise<'sent' | 'throttled' | 'unavailable'>;
	verifyEmailCode(request: IdentityRequest, input: { email: string; code: string }): Promise<SignInResult>;
	/** The landing of a link from an email (magic link, confirmation, recovery). */
	verifyEmailLink(
		request: IdentityRequest,
		link: { tokenHash?: string; type?: string; code?: string }
	): Promise<boolean>;
	requestPasswordReset(request: IdentityRequest, email: string): Promise<'sent' | 'throttled' | 'unavailable'>;
	/** `currentPassword` is null right after a recovery link, which itself proved the mailbox. */
	updatePassword(
		request: IdentityRequest,
		current: CurrentUser,
		input: { currentPassword: string | null; newPassword: string }
	): Promise<PasswordChange>;
	signOut(request: IdentityRequest, current: CurrentUser | null, scope: 'this_device' | 'everywhere'): Promise<void>;
	/** Supabase only: the verified access token the browser hands to Supabase Realtime. */
	realtimeToken?(request: IdentityRequest): Promise<{ token: string; expiresAt: number } | null>;
}
