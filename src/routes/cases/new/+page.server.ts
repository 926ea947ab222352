import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { caseRequestSchema } from '$lib/schemas/service-case';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as cases from '$lib/server/service-cases';
import * as caseReads from '$lib/server/service-case-reads';
import * as patentPicker from '$lib/server/http/patent-picker';
import { rejectCaseRefusal } from '../refusals';

// Asking a verified agency (?agency=id, from its profile) for a service it offers (researchers,
// officers, companies). The patents one may name are the valuations' rule
// (app.valuation_patent_allowed), picked as on the valuation form (the picker's search is a second
// submit button of the whole form); the database checks agency, service and patents again.
const requesters = ['researcher', 'company', 'officer'] as const;

async function agencyOf(locals: App.Locals, url: URL) {
	const agency = await caseReads.getRequestableAgency(locals.db, url.searchParams.get('agency') ?? '');
	if (!agency) error(404, m.error_not_found());
	return agency;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireRoles(locals, url, ...requesters);
	const [agency, patents] = await Promise.all([
		agencyOf(locals, url),
		patentPicker.initialPatents(locals.db, url.searchParams.get('listing'))
	]);
	// A new key each time the form is shown: posting the same form twice makes one case.
	return { agency, ...patents, creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	request: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const agency = await agencyOf(locals, url);
		const formData = await readForm(request);
		const picked = await patentPicker.tickedPatents(locals.db, formData);
		const form = parseForm(caseRequestSchema, formData, { patentIds: picked.patentIds, agencyId: agency.id });
		if (!form.ok) return rejectForm(400, form.values, form.errors, picked);
		const result = await cases.requestCase(locals.db, form.data);
		if (!result.ok) return rejectCaseRefusal(result, formValues(formData), 'create', picked);
		redirect(303, `/cases/${result.id}`);
	},
	search: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		await agencyOf(locals, url);
		return patentPicker.searchPatents(locals.db, await readForm(request));
	}
};
