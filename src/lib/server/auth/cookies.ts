import type { Cookies } from '@sveltejs/kit';
import { sessionLifetimeMs } from '$lib/rules/session-expiry';

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
