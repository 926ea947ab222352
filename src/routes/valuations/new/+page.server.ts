import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { valuationRequestSchema } from '$lib/schemas/valuation';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as patentPicker from '$lib/server/http/patent-picker';
import * as valuations from '$lib/server/valuations';
import { rejectRefusal } from '../refusals';

// Asking a verified valuation firm to value patents (researchers, officers, companies). The firm
// may come preselected (?firm=id, from its profile) and the patents too (?listing=id, from a
// listing). The patent picker shows the ticked patents and, below, either the reader's own or a
// search: "search" is a second submit button of the same form, so without JavaScript nothing
// typed or ticked is lost while looking for a patent. The database checks firm and patents again.
const requesters = ['researcher', 'company', 'officer'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, ...requesters);
	const [firms, patents] = await Promise.all([
		valuations.listValuationFirms(locals.db),
		patentPicker.initialPatents(locals.db, url.searchParams.get('listing'))
	]);
	const firm = url.searchParams.get('firm');
	// A new key each time the form is shown: posting the same form twice makes one request.
	return {
		firms,
		...patents,
		firmId: firms.some((f) => f.id === firm) ? firm : null,
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	request: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const formData = await readForm(request);
		const picked = await patentPicker.tickedPatents(locals.db, formData);
		const form = parseForm(valuationRequestSchema, formData, { patentIds: picked.patentIds });
		if (!form.ok) return rejectForm(400, form.values, form.errors, picked);
		const result = await valuations.requestValuation(locals.db, form.data);
		if (!result.ok) return rejectRefusal(result, formValues(formData), 'create', picked);
		redirect(303, `/valuations/${result.id}`);
	},
	search: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		return patentPicker.searchPatents(locals.db, await readForm(request));
	}
};
