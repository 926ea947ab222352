import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { yuanText } from '$lib/rules/amount';
import { needSchema } from '$lib/schemas/need';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as needs from '$lib/server/needs';

// A member of the need's company edits it (RLS lets nobody else change a row; this check only
// makes the answer clear).
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const user = requireRole(locals, url, 'company');
	const need = await needs.getNeed(locals.db, params.id);
	if (!need) error(404, m.error_not_found());
	if (need.companyId !== user.organizationId) error(403, m.need_error_not_yours());
	return {
		need: { id: need.id, title: need.title },
		stored: {
			title: need.title,
			problem: need.problem,
			industry: need.industry,
			budget: need.budgetFen === null ? '' : yuanText(need.budgetFen),
			deadline: need.deadline ?? ''
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) => {
		requireRole(locals, url, 'company');
		const formData = await readForm(request);
		const form = parseForm(needSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		if (!(await needs.updateNeed(locals.db, params.id, form.data)))
			return rejectForm(403, formValues(formData), { form: 'need_error_not_yours' });
		redirect(303, `/needs/${params.id}?saved=1`);
	}
};
