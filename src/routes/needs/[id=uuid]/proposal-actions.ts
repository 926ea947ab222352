import type { Action } from '@sveltejs/kit';
import { convertProposalSchema, declineProposalSchema, proposalTargetSchema } from '$lib/schemas/need-proposal';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as proposals from '$lib/server/need-proposals';
import type { ProposalRefusal } from '$lib/server/need-proposals';

// The need's company answers the proposals on the need's page: shortlist, decline with a reason,
// or turn one into an interest in a listing it names. Who may and from which status is the
// database's (app.move_need_proposal, app.convert_need_proposal); a refusal comes back beside the
// proposal it was about, what was typed kept.

/** The refusal's message: a wrong status, someone else's proposal, a listing it does not name. */
export const proposalRefusalKeys: Record<ProposalRefusal, string> = {
	need_closed: 'proposal_error_need_closed',
	listing_refused: 'proposal_error_listing_refused',
	key_reused: 'error_form_tampered',
	exists: 'proposal_error_exists',
	illegal: 'proposal_error_illegal',
	not_allowed: 'proposal_error_not_allowed',
	reason_missing: 'proposal_error_reason_required',
	unconfirmed: 'error_membership_unconfirmed'
};

function refused(formData: FormData, reason: ProposalRefusal) {
	const values = formValues(formData);
	return rejectForm(
		reason === 'not_allowed' ? 403 : 409,
		values,
		{ form: proposalRefusalKeys[reason] },
		{
			proposal: values.proposal ?? null
		}
	);
}

export const proposalActions: Record<'shortlist' | 'decline' | 'convert', Action> = {
	shortlist: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(proposalTargetSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { proposal: form.values.proposal ?? null });
		const result = await proposals.moveProposal(locals.db, form.data.proposal, 'shortlisted');
		if (!result.ok) return refused(formData, result.reason);
		return { proposal: form.data.proposal, success: 'proposal_shortlisted_done' };
	},
	decline: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(declineProposalSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { proposal: form.values.proposal ?? null });
		const result = await proposals.moveProposal(locals.db, form.data.proposal, 'declined', form.data.reason);
		if (!result.ok) return refused(formData, result.reason);
		return { proposal: form.data.proposal, success: 'proposal_declined_done' };
	},
	convert: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(convertProposalSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { proposal: form.values.proposal ?? null });
		const result = await proposals.convertProposal(locals.db, form.data.proposal, form.data.listing);
		if (!result.ok) return refused(formData, result.reason);
		return { proposal: form.data.proposal, success: 'proposal_converted_done', interestId: result.interestId };
	}
};
