import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { requireRole } from '$lib/server/http/guards';
import * as listings from '$lib/server/listings';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'researcher');
	return { listings: await listings.listOwnListings(locals.db), submitted: url.searchParams.get('submitted') };
};

export const actions: Actions = {
	create: async ({ locals, url }) => {
		const user = requireRole(locals, url, 'researcher');
		const id = await listings.createDraft(locals.db, user);
		if (!id) error(400, m.error_institution_missing());
		redirect(303, `/listings/${id}/edit`);
	}
};
