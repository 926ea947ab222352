import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { newTemplateSchema } from '$lib/schemas/licence-templates';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import * as licenceTemplates from '$lib/server/licence-templates';
import { requireUniversity, writeRefusals } from '../university.server';

export const load: PageServerLoad = async ({ locals, url }) => {
	const university = await requireUniversity(locals, url);
	// A new key each time the form is shown: posting the same form twice makes one template.
	return { university, creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const university = await requireUniversity(locals, url);
		const formData = await readForm(request);
		const form = parseForm(newTemplateSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await licenceTemplates.createTemplate(locals.db, university.id, form.data);
		if (!result.ok) return rejectForm(403, formValues(formData), writeRefusals[result.reason]);
		redirect(303, '/licence-templates?done=created');
	}
};
