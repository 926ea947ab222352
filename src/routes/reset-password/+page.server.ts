import type { Actions, PageServerLoad } from './$types';
import { emailOnlySchema } from '$lib/schemas/auth';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';

export const load: PageServerLoad = async () => ({ available: (await identity()).features.email });

export const actions: Actions = {
	// The recovery link lands on /auth/confirm, which signs the user in and opens the password form.
	default: async (event) => {
		const formData = await readForm(event.request);
		const form = parseForm(emailOnlySchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const sent = await (await identity()).requestPasswordReset(identityRequest(event), form.data.email);
		if (sent !== 'sent')
			return rejectForm(sent === 'throttled' ? 429 : 400, formValues(formData), {
				form: sent === 'throttled' ? 'error_email_throttled' : 'email_unavailable'
			});
		return { sentTo: form.data.email };
	}
};
