import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { proposalSchema } from '$lib/schemas/need-proposal';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import { storage } from '$lib/server/app/runtime';
import * as needs from '$lib/server/needs';
import * as proposals from '$lib/server/need-proposals';
import * as reads from '$lib/server/need-proposal-reads';

// A researcher answers an open need; an officer answers for a researcher of their university,
// chosen first (a GET form, so the listings to name are that researcher's, without scripts).
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireRoles(locals, url, 'researcher', 'officer');
	const need = await needs.getNeed(locals.db, params.id);
	if (!need) error(404, m.error_not_found());
	const officer = user.role === 'officer';
	const researchers = officer ? await reads.listProposalResearchers(locals.db) : [];
	const chosen = officer ? url.searchParams.get('researcher') : user.id;
	const researcher = officer ? (researchers.find((person) => person.id === chosen) ?? null) : { id: user.id };
	return {
		need,
		officer,
		researchers,
		researcher: researcher?.id ?? null,
		listings: researcher ? await reads.listProposableListings(locals.db, researcher.id) : [],
		// Made once per rendered form: sent again (Back, a double tap) it finds the proposal it made.
		creationKey: crypto.randomUUID()
	};
};

const refusals = {
	need_closed: [409, 'form', 'proposal_error_need_closed'],
	listing_refused: [400, 'listings', 'proposal_error_listing_refused'],
	key_reused: [409, 'form', 'error_form_tampered'],
	exists: [409, 'form', 'proposal_error_exists'],
	illegal: [409, 'form', 'proposal_error_exists'],
	not_allowed: [403, 'form', 'proposal_error_not_allowed'],
	reason_missing: [400, 'form', 'proposal_error_not_allowed'],
	unconfirmed: [403, 'form', 'error_membership_unconfirmed'],
	empty: [400, 'file', 'error_file_empty'],
	unsupported_type: [400, 'file', 'proposal_error_pdf_only'],
	too_large: [400, 'file', 'error_file_too_large']
} as const;

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		const user = requireRoles(locals, url, 'researcher', 'officer');
		const formData = await readForm(request);
		const listings = formData.getAll('listings').filter((value) => typeof value === 'string');
		const form = parseForm(proposalSchema, formData, { listings });
		const kept = (values: Record<string, string>) => ({ ...values, listings: listings.join(',') });
		if (!form.ok)
			return rejectForm(400, kept(form.values), withHiddenFieldError(form.errors, ['creationKey', 'researcher']));
		const researcher = user.role === 'officer' ? form.data.researcher : user.id;
		if (!researcher)
			return rejectForm(400, kept(formValues(formData)), { researcher: 'proposal_error_choose_researcher' });
		const upload = formData.get('file');
		const file =
			upload instanceof File && upload.size > 0
				? { fileName: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) }
				: null;
		const result = await proposals.submitProposal(locals.db, await storage(), params.id, researcher, form.data, file);
		if (!result.ok) {
			const [status, field, key] = refusals[result.reason];
			return rejectForm(status, kept(formValues(formData)), { [field]: key });
		}
		redirect(303, `/proposals?sent=${result.id}`);
	}
};
