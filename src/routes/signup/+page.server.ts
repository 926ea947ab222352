import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { signUpSchema } from '$lib/schemas/auth';
import { formValues, parseForm, rejectForm, type FieldErrors } from '$lib/server/forms';
import { serviceExecutor } from '$lib/server/runtime';
import { setSessionCookie } from '$lib/server/auth/cookies';
import * as identity from '$lib/server/auth/local-identity';
import * as sessions from '$lib/server/auth/sessions';
import * as organizations from '$lib/server/organizations';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/account');
	return { institutions: await organizations.listInstitutions(locals.db) };
};

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		const formData = await request.formData();
		const form = parseForm(signUpSchema, formData, { locale: getLocale() });
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const service = await serviceExecutor();
		const result = await identity.signUp(service, form.data);
		if (!result.ok) {
			// Saying the address is taken is a deliberate product choice: the same fact can be
			// learnt by trying to sign up anyway, and a silent failure strands real users.
			const errors: FieldErrors = result.reason === 'email_taken' ? { email: 'error_email_taken' } : { organizationId: 'error_institution_required' };
			return rejectForm(400, formValues(formData), errors);
		}
		const { token, session } = await sessions.createSession(service, result.userId, request.headers.get('user-agent'));
		setSessionCookie(cookies, token, session.expiresAt);
		redirect(303, '/account?welcome=1');
	}
};
