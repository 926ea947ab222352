import type { Actions, PageServerLoad } from './$types';
import { proposalTargetSchema } from '$lib/schemas/need-proposal';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles, requireUser } from '$lib/server/http/guards';
import * as proposals from '$lib/server/need-proposals';
import * as reads from '$lib/server/need-proposal-reads';
import { proposalRefusalKeys } from '../needs/[id=uuid]/proposal-actions';

// Every proposal the reader may read (RLS): a researcher's own, an officer's university's, the
// proposals a company received. The researcher's side withdraws here.
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		role: user.role,
		proposals: await reads.listReadableProposals(locals.db),
		sent: url.searchParams.get('sent')
	};
};

export const actions: Actions = {
	withdraw: async ({ locals, request, url }) => {
		requireRoles(locals, url, 'researcher', 'officer');
		const formData = await readForm(request);
		const form = parseForm(proposalTargetSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { proposal: form.values.proposal ?? null });
		const result = await proposals.moveProposal(locals.db, form.data.proposal, 'withdrawn');
		if (!result.ok)
			return rejectForm(
				result.reason === 'not_allowed' ? 403 : 409,
				formValues(formData),
				{ form: proposalRefusalKeys[result.reason] },
				{ proposal: form.data.proposal }
			);
		return { proposal: form.data.proposal, success: 'proposal_withdrawn_done' };
	}
};
