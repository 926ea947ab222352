import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signInSchema } from '$lib/schemas/auth';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { safeRedirectPath } from '$lib/rules/safe-redirect';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';
import { rememberLocale } from '$lib/server/auth/locale-cookie';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo'), '/account'));
	return {
		signedOut: url.searchParams.has('signedOut'),
		linkInvalid: url.searchParams.has('linkInvalid'),
		email: (await identity()).features.email
	};
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await readForm(event.request);
		const form = parseForm(signInSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await (await identity()).signInWithPassword(identityRequest(event), form.data);
		if (!result.ok) {
			// One message for an unknown email and a wrong password: no account enumeration.
			const message = {
				throttled: 'error_sign_in_throttled',
				paused: 'error_account_paused',
				unconfirmed: 'error_email_unconfirmed',
				invalid: 'error_sign_in_invalid'
			}[result.reason];
			const status = result.reason === 'throttled' || result.reason === 'paused' ? 429 : 400;
			return rejectForm(status, formValues(formData), { form: message });
		}
		rememberLocale(event.cookies, result.locale);
		redirect(303, safeRedirectPath(event.url.searchParams.get('redirectTo'), '/'));
	}
};
