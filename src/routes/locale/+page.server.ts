import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { localeSchema } from '$lib/schemas/auth';
import { parseForm, readForm } from '$lib/server/http/forms';
import { safeRedirectPath } from '$lib/rules/safe-redirect';
import * as profiles from '$lib/server/profiles';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	// The choice lives in a cookie (read on every request) and, for a signed-in user, in the
	// profile, so it follows them to the next device they sign in on.
	default: async ({ request, cookies, locals }) => {
		const form = parseForm(localeSchema, await readForm(request));
		if (!form.ok) redirect(303, '/');
		// Readable by scripts on purpose: Paraglide's browser runtime reads it too.
		cookies.set(cookieName, form.data.locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
		if (locals.user) await profiles.setLocale(locals.db, locals.user.id, form.data.locale);
		redirect(303, safeRedirectPath(form.data.redirectTo));
	}
};
