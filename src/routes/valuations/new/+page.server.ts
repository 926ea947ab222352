import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { valuationRequestSchema } from '$lib/schemas/valuation';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as valuations from '$lib/server/valuations';
import { rejectRefusal } from '../refusals';

// Asking a verified valuation firm to value patents (researchers, officers, companies). The firm
// may come preselected (?firm=id, from its profile); the database checks firm and patents again.
const requesters = ['researcher', 'company', 'officer'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, ...requesters);
	const [firms, patents] = await Promise.all([
		valuations.listValuationFirms(locals.db),
		valuations.listValuablePatents(locals.db)
	]);
	const firm = url.searchParams.get('firm');
	// A new key each time the form is shown: posting the same form twice makes one request.
	return {
		firms,
		patents,
		firmId: firms.some((f) => f.id === firm) ? firm : null,
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const formData = await readForm(request);
		// Every ticked box (parseForm reads the first of a repeated key), kept for the page too.
		const patentIds = formData.getAll('patentIds').filter((value) => typeof value === 'string');
		const form = parseForm(valuationRequestSchema, formData, { patentIds });
		if (!form.ok) return rejectForm(400, form.values, form.errors, { patentIds });
		const result = await valuations.requestValuation(locals.db, form.data);
		if (!result.ok) return rejectRefusal(result, formValues(formData), 'create', { patentIds });
		redirect(303, `/valuations/${result.id}`);
	}
};
