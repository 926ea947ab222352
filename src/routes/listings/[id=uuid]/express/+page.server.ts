import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { acceptSchema } from '$lib/schemas/licence-templates';
import { parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as listings from '$lib/server/listings';
import * as expressListings from '$lib/server/express-listings';

// A company confirms a listing's standard terms (docs/domain.md, "Express licences"). The deal opens
// at term_sheet with those terms; the public notice and signing follow as for any deal.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireRole(locals, url, 'company');
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.status !== 'published') error(404, m.error_listing_not_found());
	const offer = await expressListings.getExpressOffer(locals.db, listing.id);
	if (!offer) error(404, m.express_error_not_offered());
	// The key is made when the page is shown: resending the same form finds the deal it opened.
	return { listing: { id: listing.id, title: listing.title }, offer, acceptanceKey: crypto.randomUUID() };
};

const refusals = {
	not_offered: [409, 'express_error_not_offered'],
	key_reused: [409, 'error_idempotency_key_reused'],
	not_allowed: [403, 'error_forbidden']
} as const;

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'company');
		const form = parseForm(acceptSchema, await readForm(request));
		if (!form.ok)
			return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['acceptanceKey', 'versionId']));
		const { acceptanceKey, versionId } = form.data;
		const result = await expressListings.acceptExpressLicence(locals.db, params.id, acceptanceKey, versionId);
		if (result.ok) redirect(303, `/deals/${result.dealId}`);
		// Terms the company never saw are never accepted: the page shows the new ones (also after an
		// enhanced post, which keeps the loaded data) to be read and confirmed again.
		if (result.reason === 'terms_changed') {
			const offer = await expressListings.getExpressOffer(locals.db, params.id);
			if (offer) return rejectForm(409, {}, { form: 'express_error_terms_changed' }, { offer });
			return rejectForm(409, {}, { form: refusals.not_offered[1] });
		}
		// The company already negotiates this listing (Back and a fresh key, or a colleague): its deal,
		// never a second one.
		if (result.reason === 'deal_open' && result.dealId) redirect(303, `/deals/${result.dealId}`);
		const [status, key] = result.reason === 'deal_open' ? refusals.not_allowed : refusals[result.reason];
		return rejectForm(status, {}, { form: key });
	}
};
