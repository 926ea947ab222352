import type { Actions, PageServerLoad } from './$types';
import { markSchema, unmarkSchema } from '$lib/schemas/licence-templates';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import * as licenceTemplates from '$lib/server/licence-templates';
import * as expressListings from '$lib/server/express-listings';
import { requireUniversity } from './university.server';

// The university's standard-term templates with how often each version was used, and its published
// listings to mark express (docs/domain.md, "Express licences").
export const load: PageServerLoad = async ({ locals, url }) => {
	const university = await requireUniversity(locals, url);
	return {
		university,
		templates: await licenceTemplates.listTemplates(locals.db, university.id),
		listings: await expressListings.listMarkableListings(locals.db, university.id)
	};
};

export const actions: Actions = {
	mark: async ({ request, locals, url }) => {
		await requireUniversity(locals, url);
		const form = parseForm(markSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		// Marking twice, or again with the same template, leaves one mark: nothing to duplicate.
		if (!(await expressListings.markListing(locals.db, form.data.listing, form.data.template)))
			return rejectForm(403, form.data, { form: 'express_error_mark' });
		return { success: 'express_marked' };
	},
	unmark: async ({ request, locals, url }) => {
		await requireUniversity(locals, url);
		const form = parseForm(unmarkSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		await expressListings.unmarkListing(locals.db, form.data.listing);
		return { success: 'express_unmarked' };
	}
};
