import type { Cookies } from '@sveltejs/kit';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';

/** After sign-in the interface follows the language saved in the user's profile. */
export function rememberLocale(cookies: Cookies, locale: 'zh-CN' | 'en'): void {
	cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
}
