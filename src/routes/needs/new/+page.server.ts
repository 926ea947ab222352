import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { needSchema } from '$lib/schemas/need';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as needs from '$lib/server/needs';

export const load: PageServerLoad = ({ locals, url }) => {
	requireRole(locals, url, 'company');
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(needSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const id = await needs.createNeed(locals.db, user, form.data);
		if (!id) return rejectForm(403, formValues(formData), { form: 'error_forbidden' });
		redirect(303, `/needs/${id}`);
	}
};
