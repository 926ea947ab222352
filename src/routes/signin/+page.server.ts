import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { signInSchema } from '$lib/schemas/auth';
import { formValues, parseForm, rejectForm } from '$lib/server/forms';
import { safeRedirectPath } from '$lib/domain/redirect';
import { serviceExecutor } from '$lib/server/runtime';
import { setSessionCookie } from '$lib/server/auth/cookies';
import * as identity from '$lib/server/auth/local-identity';
import * as sessions from '$lib/server/auth/sessions';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo'), '/account'));
	return { signedOut: url.searchParams.has('signedOut') };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const formData = await request.formData();
		const form = parseForm(signInSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const service = await serviceExecutor();
		const result = await identity.signIn(service, { ...form.data, ipAddress: getClientAddress() });
		if (!result.ok) {
			// One message for an unknown email and a wrong password: no account enumeration.
			const message = result.reason === 'throttled' ? 'error_sign_in_throttled' : 'error_sign_in_invalid';
			return rejectForm(result.reason === 'throttled' ? 429 : 400, formValues(formData), { form: message });
		}
		const { token, session } = await sessions.createSession(service, result.userId, request.headers.get('user-agent'));
		setSessionCookie(cookies, token, session.expiresAt);
		cookies.set(cookieName, result.locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax' });
		redirect(303, safeRedirectPath(url.searchParams.get('redirectTo'), '/'));
	}
};
