import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';
import { signUpSchema } from '$lib/schemas/auth';
import { formValues, parseForm, readForm, rejectForm, type FieldErrors } from '$lib/server/http/forms';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';
import * as organizations from '$lib/server/organizations';
import * as colleges from '$lib/server/colleges';

export const load: PageServerLoad = async ({ locals }) => {
	if (locals.user) redirect(303, '/account');
	return { institutions: await organizations.listInstitutions(locals.db) };
};

export const actions: Actions = {
	default: async (event) => {
		const formData = await readForm(event.request);
		const form = parseForm(signUpSchema, formData, { locale: getLocale() });
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		// Checked before the identity provider creates anything: a college not of the chosen university
		// (a form posted without scripts may pair any two) is the user's mistake to correct, not an
		// account half-made (RLS shows every organisation to anon).
		if (
			form.data.role === 'researcher' &&
			!(await colleges.isCollegeOf(event.locals.db, form.data.organizationId, form.data.universityId))
		) {
			return rejectForm(400, formValues(formData), { organizationId: 'error_college_not_of_university' });
		}
		const result = await (await identity()).signUp(identityRequest(event), form.data);
		if (!result.ok) {
			// Saying the address is taken is a deliberate product choice: the same fact can be
			// learnt by trying to sign up anyway, and a silent failure strands real users.
			const errors: FieldErrors = {
				email_taken: { email: 'error_email_taken' },
				weak_password: { password: 'error_password_weak' },
				throttled: { form: 'error_email_throttled' },
				address_throttled: { form: 'error_sign_up_throttled' },
				organization_invalid: { organizationId: 'error_institution_required' },
				// Only a sign-up through an invitation link (routes/invitations) can meet this one.
				invitation_invalid: { form: 'team_refusal_used' }
			}[result.reason];
			return rejectForm(
				result.reason === 'throttled' || result.reason === 'address_throttled' ? 429 : 400,
				formValues(formData),
				errors
			);
		}
		// A Supabase project that confirms addresses signs the user in from the emailed link.
		if (!result.signedIn) return { confirmTo: form.data.email };
		redirect(303, '/account?welcome=1');
	}
};
