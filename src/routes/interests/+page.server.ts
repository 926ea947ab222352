import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { declineSchema, interestReferenceSchema } from '$lib/schemas/deal';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole, requireUser } from '$lib/server/http/guards';
import * as deals from '$lib/server/deals';
import * as interests from '$lib/server/interests';
import * as organizations from '$lib/server/organizations';
import { realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys, topics } from '$lib/contracts/realtime-topics';

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	const user = requireUser(locals, url);
	depends(reloadKeys.interests);
	const [institution, interestList, hub] = await Promise.all([
		user.role === 'officer' ? organizations.institutionOf(locals.db, user.organizationId) : null,
		interests.listInterests(locals.db),
		realtimeHub()
	]);
	return {
		interests: interestList,
		sent: url.searchParams.get('sent'),
		added: url.searchParams.get('added'),
		topics: [topics.user(user.id), ...(institution ? [topics.institution(institution)] : [])],
		since: hub.latestId
	};
};

function interestId(formData: FormData): string | null {
	const form = parseForm(interestReferenceSchema, formData);
	return form.ok ? form.data.interest : null;
}

export const actions: Actions = {
	review: async ({ locals, url, request }) => {
		requireRole(locals, url, 'officer');
		const id = interestId(await readForm(request));
		if (!id || !(await interests.startReview(locals.db, id)).ok)
			return rejectForm(409, {}, { form: 'error_interest_not_allowed' });
		return { success: 'interest_review_started' };
	},
	decline: async ({ locals, url, request }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const id = interestId(formData);
		const form = parseForm(declineSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { interest: id });
		if (!id || !(await interests.declineInterest(locals.db, id, form.data.reason, form.data.note)).ok) {
			return rejectForm(409, formValues(formData), { form: 'error_interest_not_allowed' }, { interest: id });
		}
		return { success: 'interest_declined_done' };
	},
	convert: async ({ locals, url, request }) => {
		const user = requireRole(locals, url, 'officer');
		const id = interestId(await readForm(request));
		const result = id ? await deals.openDeal(locals.db, id, user.id) : null;
		if (result?.ok) redirect(303, `/deals/${result.id}`);
		// A second click (or a replayed POST) finds the deal the first one opened.
		const existing = id && result?.reason === 'already_converted' ? await interests.getInterest(locals.db, id) : null;
		if (existing?.dealId) redirect(303, `/deals/${existing.dealId}`);
		return rejectForm(409, {}, { form: 'error_interest_not_allowed' });
	},
	withdraw: async ({ locals, url, request }) => {
		requireRole(locals, url, 'company');
		const id = interestId(await readForm(request));
		if (!id || !(await interests.withdrawInterest(locals.db, id)).ok)
			return rejectForm(409, {}, { form: 'error_interest_not_allowed' });
		return { success: 'interest_withdrawn_done' };
	}
};
