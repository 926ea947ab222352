import type { Action } from './$types';
import { milestonesSchema, milestoneRows } from '$lib/schemas/income';
import { termsSchema } from '$lib/schemas/deal';
import { fieldErrors, formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import * as dealTerms from '$lib/server/deal-terms';

// The officer's terms form: the terms and, in the same save, the structured milestones
// (docs/domain.md, "Income"). Without JavaScript the form posts its rows (the saved ones and a
// blank one) as `milestones.<n>.<field>`, a ticked `milestones.<n>.remove` dropping a row.

/**
 * The form's values with the milestone rows kept (not removed, not blank) numbered 0, 1, … in
 * order: the numbering the schema's errors use, so a refused form shows each error at its row.
 */
function keptValues(values: Record<string, string>): Record<string, string> {
	const removed = new Set(
		Object.keys(values)
			.map((name) => /^milestones\.(\d+)\.remove$/.exec(name)?.[1])
			.filter((index) => index !== undefined)
	);
	const others = Object.fromEntries(Object.entries(values).filter(([name]) => !name.startsWith('milestones.')));
	const rows = milestoneRows(
		Object.fromEntries(
			Object.entries(values).filter(([name]) => !removed.has(/^milestones\.(\d+)\./.exec(name)?.[1] ?? ''))
		)
	).milestones;
	const numbered = rows.flatMap((row, index) =>
		Object.entries(row).map(([field, value]) => [`milestones.${index}.${field}`, value])
	);
	return { ...others, ...Object.fromEntries(numbered) };
}

export const saveTerms: Action = async ({ locals, params, request, url }) => {
	requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const values = keptValues(formValues(formData));
	const form = parseForm(termsSchema, formData);
	const milestones = milestonesSchema.safeParse(milestoneRows(values));
	if (!form.ok || !milestones.success) {
		const errors = {
			...(form.ok ? {} : form.errors),
			...(milestones.success ? {} : fieldErrors(milestones.error.issues))
		};
		return rejectForm(400, values, errors, { action: 'terms' });
	}
	const result = await dealTerms.saveTermsAndMilestones(locals.db, params.id, form.data, milestones.data.milestones);
	if (!result.ok) {
		const key = result.reason === 'notice_frozen' ? 'deal_error_terms_frozen' : 'error_deal_not_editable';
		return rejectForm(409, values, { form: key }, { action: 'terms' });
	}
	return { action: 'terms', success: 'deal_terms_saved' };
};
