import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { interestMessageSchema, interestSchema } from '$lib/schemas/deal';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as interests from '$lib/server/interests';
import * as listings from '$lib/server/listings';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireRole(locals, url, 'company');
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.status !== 'published') error(404, m.error_listing_not_found());
	// The form carries its idempotency key, so a double submit or a resent POST creates one interest.
	// With an interest already open (Back after sending, or a colleague's), the page offers to add
	// a message to it instead of a second interest.
	return {
		listing: { id: listing.id, title: listing.title, modes: listing.cooperationModes },
		openInterest: await interests.getOpenInterest(locals.db, user.organizationId, listing.id),
		idempotencyKey: crypto.randomUUID()
	};
};

/** The fields the page fills in itself: an error in one means the form was changed, not mistyped. */
const hiddenFields = ['idempotencyKey', 'interest'];

export const actions: Actions = {
	// One action for both forms (a page cannot have a default action beside named ones, and the
	// outbox replays to this path): a form naming an `interest` adds a message to it.
	default: async ({ locals, params, request, url }) => {
		const user = requireRole(locals, url, 'company');
		const formData = await readForm(request);
		if (formData.has('interest')) {
			const form = parseForm(interestMessageSchema, formData);
			if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, hiddenFields));
			const result = await interests.addInterestMessage(locals.db, user, params.id, form.data);
			if (!result.ok) {
				const [status, key] = {
					key_reused: [409, 'error_idempotency_key_reused'],
					too_many: [429, 'interests_error_too_many_messages'],
					not_allowed: [409, 'interests_error_message_not_allowed']
				}[result.reason] as [number, string];
				return rejectForm(status, formValues(formData), { form: key });
			}
			redirect(303, `/interests?added=${form.data.interest}#interest-${form.data.interest}`);
		}
		const form = parseForm(interestSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, hiddenFields));
		const result = await interests.expressInterest(locals.db, user, params.id, form.data);
		if (!result.ok && result.reason === 'key_reused') {
			return rejectForm(409, formValues(formData), { form: 'error_idempotency_key_reused' });
		}
		if (!result.ok && result.reason === 'already_open') {
			// Nothing stored, nobody notified; what was typed stays, with a way to the open interest.
			return rejectForm(409, formValues(formData), { form: 'interests_error_already_sent' }, { open: result.open });
		}
		if (!result.ok) return rejectForm(403, formValues(formData), { form: 'error_interest_not_allowed' });
		redirect(303, `/interests?sent=${result.id}`);
	}
};
