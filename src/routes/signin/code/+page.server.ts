import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { emailCodeSchema, emailOnlySchema } from '$lib/schemas/auth';
import { formValues, parseForm, readForm, rejectForm, type FieldErrors } from '$lib/server/http/forms';
import { safeRedirectPath } from '$lib/rules/safe-redirect';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';
import { rememberLocale } from '$lib/server/auth/locale-cookie';

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeRedirectPath(url.searchParams.get('redirectTo'), '/account'));
	return { available: (await identity()).features.email };
};

export const actions: Actions = {
	// Step one: the email. The answer is the same whether or not an account uses it.
	request: async (event) => {
		const formData = await readForm(event.request);
		const form = parseForm(emailOnlySchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { step: 'email' });
		const sent = await (await identity()).requestEmailCode(identityRequest(event), form.data.email);
		if (sent !== 'sent')
			return rejectForm(
				sent === 'throttled' ? 429 : 400,
				formValues(formData),
				{ form: sent === 'throttled' ? 'error_email_throttled' : 'email_unavailable' },
				{ step: 'email' }
			);
		return { step: 'code', values: { email: form.data.email } as Record<string, string> };
	},
	// Step two: the code from that email.
	verify: async (event) => {
		const formData = await readForm(event.request);
		const form = parseForm(emailCodeSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { step: 'code' });
		const result = await (await identity()).verifyEmailCode(identityRequest(event), form.data);
		if (!result.ok) {
			const errors: FieldErrors = {
				throttled: { form: 'error_sign_in_throttled' },
				paused: { form: 'error_account_paused' },
				unconfirmed: { code: 'error_code_invalid' },
				invalid: { code: 'error_code_invalid' }
			}[result.reason];
			const status = result.reason === 'throttled' || result.reason === 'paused' ? 429 : 400;
			return rejectForm(status, formValues(formData), errors, { step: 'code' });
		}
		rememberLocale(event.cookies, result.locale);
		redirect(303, safeRedirectPath(event.url.searchParams.get('redirectTo'), '/'));
	}
};
