import type { Action } from './$types';
import { filingDoneSchema, filingWaiveSchema, ndaAcceptSchema, ndaOfflineSchema } from '$lib/schemas/closing';
import { parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import { storage } from '$lib/server/app/runtime';
import { shanghaiDay } from '$lib/rules/shanghai-clock';
import type { Executor } from '$lib/server/db/port';
import type { Deal } from '$lib/server/deals';
import * as nda from '$lib/server/nda';
import * as filings from '$lib/server/deal-filings';

// The deal room's closing half (docs/domain.md, "NDA gate" and "Filings after signing"): the NDA
// card and the filings checklist. Kept beside the room's page, which lists these actions by name.
// The database decides who may do what; these actions only translate its refusals.

export async function loadClosing(db: Executor, deal: Deal) {
	// Overdue filings reach their owners when someone looks (idempotent; docs/domain.md). An open
	// licence's deal is closed won with its recordal still to file (app.deal_filings_open).
	if (deal.stage === 'signed' || deal.stage === 'closed_won') await filings.notifyOverdueFilings(db);
	const [record, terms, dealFilings] = await Promise.all([
		nda.getNdaRecord(db, deal.id),
		nda.getCurrentTerms(db, deal.institutionId),
		filings.listFilings(db, deal.id)
	]);
	return { nda: { record, terms }, filings: dealFilings, today: shanghaiDay(new Date()) };
}

const ndaReasons = {
	not_open: 'closing_error_nda_not_open',
	outdated: 'closing_error_nda_outdated',
	already: 'closing_error_nda_already',
	future_date: 'closing_error_date_future',
	not_allowed: 'error_deal_not_participant',
	empty: 'error_file_empty',
	unsupported_type: 'error_file_unsupported_type',
	too_large: 'error_file_too_large'
} as const;

const filingReasons = {
	not_allowed: 'error_deal_not_participant',
	not_editable: 'closing_error_filing_not_editable',
	settled: 'closing_error_filing_settled',
	invalid_owner: 'error_invalid',
	future_date: 'closing_error_date_future',
	empty: 'error_file_empty',
	unsupported_type: 'error_file_unsupported_type',
	too_large: 'error_file_too_large'
} as const;

/** A non-empty file from the form, or null. */
function fileOf(formData: FormData): File | null {
	const file = formData.get('file');
	return file instanceof File && file.size > 0 ? file : null;
}

export const ndaAccept: Action = async ({ locals, params, request, url }) => {
	requireRole(locals, url, 'company');
	const form = parseForm(ndaAcceptSchema, await readForm(request));
	if (!form.ok) return rejectForm(400, {}, withHiddenFieldError(form.errors, ['terms']), { action: 'nda' });
	const result = await nda.acceptTerms(locals.db, params.id, form.data.terms);
	if (!result.ok) return rejectForm(409, {}, { form: ndaReasons[result.reason] }, { action: 'nda' });
	return { action: 'nda', success: 'closing_nda_accepted' };
};

export const ndaOffline: Action = async ({ locals, params, request, url }) => {
	const user = requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(ndaOfflineSchema, formData);
	const file = fileOf(formData);
	if (!form.ok || !file) {
		const errors = form.ok ? {} : form.errors;
		return rejectForm(
			400,
			form.ok ? form.data : form.values,
			file ? errors : { ...errors, file: 'error_file_required' },
			{
				action: 'nda'
			}
		);
	}
	const result = await nda.recordOfflineNda(locals.db, await storage(), {
		dealId: params.id,
		officerId: user.id,
		signedOn: form.data.signedOn!,
		fileName: file.name,
		bytes: new Uint8Array(await file.arrayBuffer())
	});
	if (!result.ok) {
		const field = ['empty', 'unsupported_type', 'too_large'].includes(result.reason) ? 'file' : 'form';
		return rejectForm(400, form.data, { [field]: ndaReasons[result.reason] }, { action: 'nda' });
	}
	return { action: 'nda', success: 'closing_nda_recorded' };
};

export const filingDone: Action = async ({ locals, params, request, url }) => {
	const user = requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(filingDoneSchema, formData);
	const file = fileOf(formData);
	const filing = String(formData.get('filing') ?? '');
	if (!form.ok || !file) {
		const errors = form.ok ? {} : withHiddenFieldError(form.errors, ['filing']);
		const values = form.ok ? { ...form.data, filedOn: form.data.filedOn ?? '' } : form.values;
		return rejectForm(400, values, file ? errors : { ...errors, file: 'error_file_required' }, {
			action: 'filing',
			filing
		});
	}
	const result = await filings.recordFiling(locals.db, await storage(), {
		dealId: params.id,
		filingId: form.data.filing,
		officerId: user.id,
		number: form.data.number,
		filedOn: form.data.filedOn!,
		fileName: file.name,
		bytes: new Uint8Array(await file.arrayBuffer())
	});
	if (!result.ok) {
		const field = ['empty', 'unsupported_type', 'too_large'].includes(result.reason) ? 'file' : 'form';
		return rejectForm(409, form.data, { [field]: filingReasons[result.reason] }, { action: 'filing', filing });
	}
	return { action: 'filing', filing, success: 'closing_filing_recorded' };
};

export const filingWaive: Action = async ({ locals, params, request, url }) => {
	requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(filingWaiveSchema, formData);
	const filing = String(formData.get('filing') ?? '');
	if (!form.ok)
		return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['filing']), { action: 'waive', filing });
	const result = await filings.waiveFiling(locals.db, params.id, form.data.filing, form.data.reason);
	if (!result.ok)
		return rejectForm(409, form.data, { form: filingReasons[result.reason] }, { action: 'waive', filing });
	return { action: 'waive', filing, success: 'closing_filing_waived' };
};
