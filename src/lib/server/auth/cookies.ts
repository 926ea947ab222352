import type { Cookies } from '@sveltejs/kit';
import { sessionLifetimeMs } from '$lib/rules/session-expiry';
import { signedOutCookie } from '$lib/offline/signed-out';

export const sessionCookieName = 'session';

// httpOnly: scripts never see the token. Lax: sent on top-level navigation, not cross-site
// POSTs. SvelteKit adds Secure everywhere except http://localhost.
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		expires: expiresAt,
		maxAge: Math.floor(sessionLifetimeMs / 1000)
	});
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}

/**
 * Marks an explicit sign-out for this browser's scripts, which then remove the listing drafts
 * kept on the device (`forgetDeviceCopiesAfterSignOut`). Not httpOnly: scripts read and delete
 * it. Kept until a page with scripts runs, however long that takes (a year at most).
 */
export function markSignedOut(cookies: Cookies): void {
	cookies.set(signedOutCookie, '1', { path: '/', httpOnly: false, sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}
