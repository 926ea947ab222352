import type { Actions, PageServerLoad } from './$types';
import { membershipDecisionSchema } from '$lib/schemas/colleges';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as memberships from '$lib/server/memberships';

// Researchers waiting for their university to confirm them (docs/domain.md, "Roles and
// organisations"): an officer sees their university's, an admin every one; both decide.
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, 'officer', 'admin');
	return { researchers: await memberships.listUnconfirmed(locals.db) };
};

const refusals = {
	not_allowed: [403, 'error_membership_not_allowed'],
	already_decided: [409, 'error_membership_decided'],
	reason_required: [400, 'error_membership_reason_required']
} as const;

export const actions: Actions = {
	decide: async ({ locals, request, url }) => {
		requireRoles(locals, url, 'officer', 'admin');
		const form = parseForm(membershipDecisionSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors, { researcherId: form.values.researcherId ?? '' });
		const { researcherId, decision, reason } = form.data;
		const result = await memberships.decideMembership(locals.db, researcherId, decision, reason);
		if (result !== 'decided') {
			const [status, message] = refusals[result];
			const field = result === 'reason_required' ? 'reason' : 'form';
			return rejectForm(status, form.data, { [field]: message }, { researcherId });
		}
		return { researcherId, success: decision === 'confirm' ? 'members_confirmed' : 'members_declined' };
	}
};
