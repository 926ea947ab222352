import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { todayInShanghai } from '$lib/i18n/format';
import { rewardPolicySchema } from '$lib/schemas/reward-policy';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import * as rewardPolicies from '$lib/server/reward-policies';

// A university's reward policy (Art. 45): its history and a form for the next version. Officers see
// their university's; an admin picks any. Who may publish is RLS's; this page only explains.
function requireWriter(locals: App.Locals, url: URL) {
	const user = requireUser(locals, url);
	if (user.role !== 'officer' && user.role !== 'admin') error(403, m.error_forbidden());
	return user;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireWriter(locals, url);
	const universities = await rewardPolicies.listWritableUniversities(locals.db);
	const wanted = url.searchParams.get('university');
	const university = universities.find((candidate) => candidate.id === wanted) ?? universities[0] ?? null;
	const history = university ? await rewardPolicies.listPolicies(locals.db, university.id) : [];
	const today = todayInShanghai();
	const inForce = university ? await rewardPolicies.policyInForce(locals.db, university.id, today) : null;
	return {
		universities,
		university,
		history,
		inForceId: inForce?.id ?? null,
		today,
		nextVersion: (history[0]?.version ?? 0) + 1,
		// A new key each time the form is shown: posting the same form twice makes one version.
		submissionKey: crypto.randomUUID()
	};
};

const reasons = {
	stale: { form: 'error_policy_stale' },
	backdated: { effectiveOn: 'error_policy_backdated' },
	below_floors: { form: 'error_below_floor' },
	not_allowed: { form: 'error_forbidden' }
} as const;

export const actions: Actions = {
	publish: async ({ request, locals, url }) => {
		requireWriter(locals, url);
		const formData = await readForm(request);
		const form = parseForm(rewardPolicySchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const result = await rewardPolicies.publishPolicy(locals.db, form.data);
		// Refused: what was typed comes back with the reason (the page shows the fresh version number).
		if (!result.ok)
			return rejectForm(result.reason === 'stale' ? 409 : 400, formValues(formData), reasons[result.reason]);
		return { success: 'reward_policy_published', version: result.version };
	}
};
