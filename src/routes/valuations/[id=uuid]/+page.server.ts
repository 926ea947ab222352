import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { declineSchema, deliverySchema } from '$lib/schemas/valuation';
import { formValues, parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { requireUser } from '$lib/server/http/guards';
import * as valuations from '$lib/server/valuations';
import * as valuationReports from '$lib/server/valuation-reports';
import { storage } from '$lib/server/app/runtime';
import { rejectRefusal } from '../refusals';

// One valuation: its details and timeline, the firm's accept/decline and deliver forms, the
// requester's withdrawal, the report's download. Who reads it is RLS's (404 for everyone else);
// who moves it is the database's (app.move_valuation, app.deliver_valuation).
export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireUser(locals, url);
	const valuation = await valuations.getValuation(locals.db, params.id);
	if (!valuation) error(404, m.error_not_found());
	return { valuation };
};

const move =
	(target: 'accepted' | 'withdrawn', success: string) =>
	async ({ locals, params, url }: { locals: App.Locals; params: { id: string }; url: URL }) => {
		requireUser(locals, url);
		const result = await valuations.moveValuation(locals.db, params.id, target);
		if (!result.ok) return rejectRefusal(result, {}, target);
		return { action: target, success };
	};

export const actions: Actions = {
	accept: move('accepted', 'valuation_accepted_done'),
	withdraw: move('withdrawn', 'valuation_withdrawn_done'),
	decline: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(declineSchema, formData);
		if (!form.ok) return rejectForm(400, form.values, form.errors, { action: 'decline' });
		const result = await valuations.moveValuation(locals.db, params.id, 'declined', form.data.reason);
		if (!result.ok) return rejectRefusal(result, formValues(formData), 'decline');
		return { action: 'decline', success: 'valuation_declined_done' };
	},
	// The report: the figures are checked first, then the PDF by its bytes; one step in the database.
	deliver: async ({ locals, params, request, url }) => {
		requireUser(locals, url);
		const formData = await readForm(request);
		const form = parseForm(deliverySchema, formData);
		const file = formData.get('file');
		const noFile = !(file instanceof File) || file.size === 0;
		if (!form.ok || noFile) {
			const errors = { ...(form.ok ? {} : form.errors), ...(noFile ? { file: 'error_file_required' } : {}) };
			return rejectForm(400, formValues(formData), errors, { action: 'deliver' });
		}
		const result = await valuationReports.deliverReport(
			locals.db,
			await storage(),
			params.id,
			{ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
			form.data
		);
		if (!result.ok && 'field' in result) return rejectRefusal(result, formValues(formData), 'deliver');
		if (!result.ok) {
			const key = result.reason === 'unsupported_type' ? 'valuation_report_not_pdf' : `error_file_${result.reason}`;
			return rejectForm(400, formValues(formData), { file: key }, { action: 'deliver' });
		}
		return { action: 'deliver', success: 'valuation_delivered_done' };
	}
};
