import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { randomUUID } from 'node:crypto';
import { requireRole } from '$lib/server/http/guards';
import { parseForm, readForm } from '$lib/server/http/forms';
import { newListingSchema } from '$lib/schemas/listing';
import * as listings from '$lib/server/listings';
import * as listingDrafts from '$lib/server/listing-drafts';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'researcher');
	return {
		listings: await listings.listOwnListings(locals.db),
		submitted: url.searchParams.get('submitted'),
		// One key per rendered "new listing" form: a replayed request finds the draft it made.
		creationKey: randomUUID()
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'researcher');
		const form = parseForm(newListingSchema, await readForm(request));
		// A form rendered before creation keys existed sends none: it makes a draft as it always did.
		const id = await listingDrafts.createDraft(locals.db, user, form.ok ? form.data.creationKey : randomUUID());
		if (!id) error(400, m.error_institution_missing());
		redirect(303, `/listings/${id}/edit`);
	}
};
