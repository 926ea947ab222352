import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { newDeclarationSchema } from '$lib/schemas/open-licences';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as openLicences from '$lib/server/open-licences';
import * as openLicenceReads from '$lib/server/open-licence-reads';
import { rejectRefusal } from '../refusals';

// A new draft declaration for a granted patent of one of the officer's published listings.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	// A new key each time the form is shown: posting the same form twice makes one draft.
	return { patents: await openLicenceReads.listDeclarablePatents(locals.db), creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(newDeclarationSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await openLicences.createDeclaration(locals.db, form.data);
		if (!result.ok) return rejectRefusal(result, formValues(formData), 'create');
		redirect(303, `/open-licences/manage/${result.id}`);
	}
};
