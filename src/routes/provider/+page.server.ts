import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { agencyProfileFields, agencyProfileSchema } from '$lib/schemas/agency';
import { formValues, parseForm, readForm, rejectForm, type FieldErrors } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import * as agencies from '$lib/server/agencies';
import * as organizations from '$lib/server/organizations';
import * as pledges from '$lib/server/pledges';

// The desk of an agency's or a bank's staff. RLS lets only the agency's own staff change its
// profile (before verification too); the role check here only makes the refusal clear.
function requireProvider(locals: App.Locals, url: URL) {
	const user = requireUser(locals, url);
	if (user.role !== 'provider' || !user.organizationId) error(403, m.provider_error_not_provider());
	return { ...user, organizationId: user.organizationId };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireProvider(locals, url);
	const organization = await organizations.getOrganization(locals.db, user.organizationId);
	if (!organization) error(404, m.error_not_found());
	const profile = organization.kind === 'agency' ? await agencies.getAgencyProfile(locals.db, organization.id) : null;
	// A bank's inbox: the applications waiting for its decision (RLS: those addressed to it).
	const waiting =
		organization.kind === 'bank'
			? (await pledges.listPledges(locals.db)).filter((row) => ['submitted', 'under_review'].includes(row.status))
					.length
			: 0;
	return {
		organization,
		profile,
		waiting,
		universities: profile ? await agencies.listUniversities(locals.db) : [],
		stored: profile && {
			summaryZh: profile.summaryZh,
			summaryEn: profile.summaryEn,
			feeBasis: profile.feeBasis,
			turnaroundDays: profile.turnaroundDays === null ? '' : String(profile.turnaroundDays),
			credentials: profile.credentials
		}
	};
};

// A checkbox group's refusal ("services.3" on a hand-made post) belongs to the group.
function groupErrors(errors: FieldErrors): FieldErrors {
	return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field.replace(/\.\d+$/, ''), key]));
}

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		const user = requireProvider(locals, url);
		const formData = await readForm(request);
		const selected = agencyProfileFields(formData);
		const form = parseForm(agencyProfileSchema, formData, selected);
		if (!form.ok) return rejectForm(400, form.values, groupErrors(form.errors), { selected });
		if (!(await agencies.updateAgencyProfile(locals.db, user.organizationId, form.data)))
			return rejectForm(403, formValues(formData), { form: 'error_forbidden' }, { selected });
		// Not a message key: the form names its own message, so no page ships it in data-messages.
		return { saved: true };
	}
};
