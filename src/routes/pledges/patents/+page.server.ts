import type { Actions, PageServerLoad } from './$types';
import { companyPatentSchema } from '$lib/schemas/pledge';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as companyPatents from '$lib/server/company-patents';
import { uuid } from '$lib/schemas/fields';
import { rejectPledgeRefusal } from '../refusals';

// The company's patent holdings: declared by its members (alone or co-owned), and assigned by
// deals closed won (read-only here: they follow the deal).
export const load: PageServerLoad = async ({ locals, url }) => {
	requireRole(locals, url, 'company');
	return { holdings: await companyPatents.listHoldings(locals.db), creationKey: crypto.randomUUID() };
};

export const actions: Actions = {
	declare: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(companyPatentSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'declare' });
		const result = await companyPatents.declarePatent(locals.db, form.data);
		if (!result.ok) return rejectPledgeRefusal(result, formValues(formData), 'declare');
		return { action: 'declare', success: 'pledge_declared_done' };
	},
	remove: async ({ locals, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const id = uuid.safeParse(formData.get('id'));
		if (!id.success) return rejectForm(400, {}, { form: 'error_invalid' }, { action: 'remove' });
		const result = await companyPatents.removePatent(locals.db, id.data);
		if (!result.ok) return rejectPledgeRefusal({ ...result, field: 'form' }, {}, 'remove');
		return { action: 'remove', success: 'pledge_removed_done' };
	}
};
