import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { newVersionSchema } from '$lib/schemas/licence-templates';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import * as licenceTemplates from '$lib/server/licence-templates';
import { requireUniversity, writeRefusals } from '../../university.server';

// The next version of a template, its form prefilled from the latest. Published versions never
// change: deals opened from them keep pointing at the terms they were offered.
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const university = await requireUniversity(locals, url);
	const template = await licenceTemplates.getTemplate(locals.db, university.id, params.id);
	if (!template) error(404, m.express_error_not_found());
	return {
		template,
		nextVersion: (template.versions[0]?.version ?? 0) + 1,
		// A new key each time the form is shown: posting the same form twice makes one version.
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, params }) => {
		await requireUniversity(locals, url);
		const formData = await readForm(request);
		const form = parseForm(newVersionSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await licenceTemplates.publishVersion(locals.db, params.id, form.data);
		// Stale: another version was published meanwhile; what was typed comes back with the reason.
		if (!result.ok)
			return rejectForm(result.reason === 'stale' ? 409 : 403, formValues(formData), writeRefusals[result.reason]);
		redirect(303, `/licence-templates?done=published`);
	}
};
