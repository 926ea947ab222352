import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { caseRequestSchema } from '$lib/schemas/service-case';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRoles } from '$lib/server/http/guards';
import * as cases from '$lib/server/service-cases';
import * as caseReads from '$lib/server/service-case-reads';
import * as valuablePatents from '$lib/server/valuable-patents';
import { rejectCaseRefusal } from '../refusals';

// Asking a verified agency (?agency=id, from its profile) for a service it offers (researchers,
// officers, companies). The patents one may name are the valuations' rule
// (app.valuation_patent_allowed); the form offers the reader's own (at most twenty, as the
// valuation form's suggestions). The database checks agency, service and patents again.
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
		valuablePatents.findValuablePatents(locals.db, { kind: 'mine' })
	]);
	// A new key each time the form is shown: posting the same form twice makes one case.
	return { agency, patents, creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireRoles(locals, url, ...requesters);
		const agency = await agencyOf(locals, url);
		const formData = await readForm(request);
		// Every ticked box (parseForm reads the first of a repeated key), kept for the page too.
		const patentIds = formData.getAll('patentIds').filter((value) => typeof value === 'string');
		const form = parseForm(caseRequestSchema, formData, { patentIds, agencyId: agency.id });
		if (!form.ok) return rejectForm(400, form.values, form.errors, { patentIds });
		const result = await cases.requestCase(locals.db, form.data);
		if (!result.ok) return rejectCaseRefusal(result, formValues(formData), 'create', { patentIds });
		redirect(303, `/cases/${result.id}`);
	}
};
