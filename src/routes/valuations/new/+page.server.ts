import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { valuationRequestSchema } from '$lib/schemas/valuation';
import { isUuid } from '$lib/schemas/fields';
import { hasUnstorableCharacters } from '$lib/rules/stored-text';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as valuations from '$lib/server/valuations';
import * as valuablePatents from '$lib/server/valuable-patents';
import { rejectRefusal } from '../refusals';

// Asking a verified valuation firm to value patents (researchers, officers, companies). The firm
// may come preselected (?firm=id, from its profile) and the patents too (?listing=id, from a
// listing). The patent picker shows the ticked patents and, below, either the reader's own or a
// search: "search" is a second submit button of the same form, so without JavaScript nothing
// typed or ticked is lost while looking for a patent. The database checks firm and patents again.
const requesters = ['researcher', 'company', 'officer'] as const;
const queryLimit = 100;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, ...requesters);
	const listingId = url.searchParams.get('listing');
	const [firms, ticked, suggestions] = await Promise.all([
		valuations.listValuationFirms(locals.db),
		listingId && isUuid(listingId)
			? valuablePatents.findValuablePatents(locals.db, { kind: 'listing', listingId })
			: Promise.resolve([]),
		valuablePatents.findValuablePatents(locals.db, { kind: 'mine' })
	]);
	const firm = url.searchParams.get('firm');
	// A new key each time the form is shown: posting the same form twice makes one request.
	return {
		firms,
		ticked,
		suggestions,
		firmId: firms.some((f) => f.id === firm) ? firm : null,
		creationKey: crypto.randomUUID()
	};
};

/** Every ticked box (parseForm reads only the first of a repeated key), with its label. */
async function tickedPatents(locals: App.Locals, formData: FormData) {
	const ids = formData.getAll('patentIds').filter((value) => typeof value === 'string');
	const known = ids.filter(isUuid);
	const ticked = known.length
		? await valuablePatents.findValuablePatents(locals.db, { kind: 'ticked', ids: known })
		: [];
	return { patentIds: ids, ticked };
}

export const actions: Actions = {
	request: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const formData = await readForm(request);
		const picked = await tickedPatents(locals, formData);
		const form = parseForm(valuationRequestSchema, formData, { patentIds: picked.patentIds });
		if (!form.ok) return rejectForm(400, form.values, form.errors, picked);
		const result = await valuations.requestValuation(locals.db, form.data);
		if (!result.ok) return rejectRefusal(result, formValues(formData), 'create', picked);
		redirect(303, `/valuations/${result.id}`);
	},
	search: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const formData = await readForm(request);
		const values = formValues(formData);
		// A query no stored text could match (NUL among them) is no search, as elsewhere (searchText).
		const typed = (values.patentQuery ?? '').trim().slice(0, queryLimit);
		const query = hasUnstorableCharacters(typed) ? '' : typed;
		const suggestions = await valuablePatents.findValuablePatents(
			locals.db,
			query ? { kind: 'search', query } : { kind: 'mine' }
		);
		return { values, ...(await tickedPatents(locals, formData)), suggestions, searched: query };
	}
};
