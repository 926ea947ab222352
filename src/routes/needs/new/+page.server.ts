import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { newNeedSchema } from '$lib/schemas/need';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as needs from '$lib/server/needs';

export const load: PageServerLoad = ({ locals, url }) => {
	requireRole(locals, url, 'company');
	// Made once per rendered form: sent again (Back, a double tap) it finds the need it made.
	return { creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(newNeedSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['creationKey']));
		const id = await needs.createNeed(locals.db, user, form.data);
		if (!id) return rejectForm(403, formValues(formData), { form: 'error_forbidden' });
		redirect(303, `/needs/${id}`);
	}
};
