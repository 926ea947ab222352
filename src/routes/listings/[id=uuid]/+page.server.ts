import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { reviewSchema, reviewStatusFor } from '$lib/schemas/listing';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import * as listings from '$lib/server/listings';
import * as savedListings from '$lib/server/saved-listings';
import * as attachments from '$lib/server/listing-attachments';
import * as matching from '$lib/server/matching';
import * as interests from '$lib/server/interests';
import * as listingClosing from '$lib/server/listing-closing';
import { loadOpenLicences } from './open-licence.server';
import * as expressListings from '$lib/server/express-listings';

export const load: PageServerLoad = async ({ params, locals }) => {
	// RLS hides drafts and unpublished listings from everyone but their owner and officers.
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing) error(404, m.error_listing_not_found());
	const user = locals.user;
	const isOwner = user?.id === listing.ownerId;
	const isReviewer = user?.role === 'officer' && listing.status === 'submitted';
	const canSeeMatches = isOwner || user?.role === 'officer';
	const canSave = user?.role === 'company' && listing.status === 'published';
	return {
		listing,
		isOwner,
		isReviewer,
		canSave,
		// The company's open interest replaces the button that would send a second one.
		openInterest: canSave ? await interests.getOpenInterest(locals.db, user.organizationId, listing.id) : null,
		saved: user ? await savedListings.isSaved(locals.db, user.id, listing.id) : false,
		files: await attachments.listAttachments(locals.db, listing.id),
		// Licences granted, or the deal that took the listing off the market (issue #19).
		closing: await listingClosing.getListingClosing(locals.db, listing.id),
		openLicences: await loadOpenLicences(locals, listing.id),
		// The standard terms of a listing marked express (issue #21), or null.
		express: await expressListings.getExpressOffer(locals.db, listing.id),
		matchingNeeds:
			canSeeMatches && listing.status !== 'draft' ? await matching.needsForListing(locals.db, listing.id) : []
	};
};

export const actions: Actions = {
	save: async ({ params, locals, url }) => {
		const user = requireUser(locals, url);
		// A listing the user cannot see is not found, whether it is someone's draft or no listing.
		if (!(await savedListings.saveListing(locals.db, user.id, params.id)))
			return rejectForm(404, {}, { form: 'error_listing_not_found' });
		return { success: 'listing_saved' };
	},
	unsave: async ({ params, locals, url }) => {
		const user = requireUser(locals, url);
		await savedListings.unsaveListing(locals.db, user.id, params.id);
		return { success: 'listing_unsaved' };
	},
	review: async ({ params, locals, url, request }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(reviewSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await listings.moveListingToStatus(
			locals.db,
			params.id,
			reviewStatusFor[form.data.decision],
			form.data.comment || null
		);
		if (result !== 'changed')
			return rejectForm(result === 'not_found' ? 404 : 403, formValues(formData), { form: 'error_review_not_allowed' });
		redirect(303, `/review?done=${form.data.decision}`);
	},
	archive: async ({ params, locals, url }) => {
		requireUser(locals, url);
		const result = await listings.moveListingToStatus(locals.db, params.id, 'archived');
		if (result !== 'changed') return rejectForm(403, {}, { form: 'error_review_not_allowed' });
		return { success: 'listing_archived' };
	}
};
