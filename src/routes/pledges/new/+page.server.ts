import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { pledgeApplicationSchema } from '$lib/schemas/pledge';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as pledges from '$lib/server/pledges';
import * as companyPatents from '$lib/server/company-patents';
import { rejectPledgeRefusal } from '../refusals';

// A company member applies to a verified bank. The form lists the granted patents the company
// holds and not pledged; the database checks bank, patents and valuation again (ZQ550–ZQ554).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'company');
	const [banks, holdings, valuations] = await Promise.all([
		pledges.listBanks(locals.db),
		companyPatents.listHoldings(locals.db),
		pledges.listAttachableValuations(locals.db)
	]);
	// A new key each time the form is shown: posting the same form twice makes one application.
	return {
		banks,
		patents: holdings.filter((holding) => holding.legalStatus === 'granted' && !holding.pledged),
		valuations,
		creationKey: crypto.randomUUID()
	};
};

export const actions: Actions = {
	default: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		// Every ticked box (parseForm reads the first of a repeated key), kept for the page too.
		const numbers = formData.getAll('numbers').filter((value) => typeof value === 'string');
		const form = parseForm(pledgeApplicationSchema, formData, { numbers });
		if (!form.ok) return rejectForm(400, form.values, form.errors, { numbers });
		const result = await pledges.applyForPledge(locals.db, form.data);
		if (!result.ok) return rejectPledgeRefusal(result, formValues(formData), 'create', { numbers });
		redirect(303, `/pledges/${result.id}`);
	}
};
