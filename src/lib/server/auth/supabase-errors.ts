import type { AuthError } from '@supabase/supabase-js';

// How the Supabase adapter reads GoTrue's refusals (error codes from auth-js's ErrorCode).

export function isThrottle(error: AuthError): boolean {
	return (
		error.status === 429 || error.code === 'over_request_rate_limit' || error.code === 'over_email_send_rate_limit'
	);
}

/** GoTrue's answers for an address without an account (signInWithOtp with shouldCreateUser off). */
export const unknownAddress = new Set(['otp_disabled', 'signup_disabled', 'user_not_found']);

export function signUpRefusal(error: AuthError): 'email_taken' | 'weak_password' | 'throttled' {
	if (isThrottle(error)) return 'throttled';
	if (error.code === 'user_already_exists' || error.code === 'email_exists') return 'email_taken';
	// The project's password policy may be stricter than the form's 8 characters.
	if (error.code === 'weak_password') return 'weak_password';
	return failUnexpected(error);
}

/** A refusal no user input explains (GoTrue down, a misconfigured project): a logged 500. */
export function failUnexpected(error: AuthError): never {
	throw new Error(`Supabase Auth refused the request: ${error.code ?? error.status} ${error.message}`);
}

const emailLinkTypes = ['email', 'magiclink', 'signup', 'recovery', 'invite', 'email_change'] as const;
export function isEmailLinkType(type: string | undefined): type is (typeof emailLinkTypes)[number] {
	return (emailLinkTypes as readonly string[]).includes(type ?? '');
}
