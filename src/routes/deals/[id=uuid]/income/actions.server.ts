import type { Action } from './$types';
import {
	deductionSchema,
	distributionActionSchema,
	incomeRefusalMessages,
	payoutSchema,
	receiptSchema,
	royaltyReportSchema
} from '$lib/schemas/income';
import { formValues, parseForm, readForm, rejectForm, withHiddenFieldError } from '$lib/server/http/forms';
import { requireRole } from '$lib/server/http/guards';
import { storage } from '$lib/server/app/runtime';
import type { IncomeRefusalReason } from '$lib/server/income-refusals';
import * as reports from '$lib/server/royalty-reports';
import * as receipts from '$lib/server/receipts';
import * as receiptEvidence from '$lib/server/receipt-evidence';
import * as distributions from '$lib/server/distributions';

// The income page's forms (docs/domain.md, "Income"). Each parses its form, calls the domain
// module and answers a translated refusal at the field it belongs to; the database decides who may
// do what (the role checks here only make the refusal clear). Every answer names its action (and
// receipt or line), so the page shows it at the form that was sent.

// The refusals a form can meet: the database's (incomeRefusalMessages) and an evidence file's.
const refusalKeys: Record<IncomeRefusalReason | 'empty' | 'unsupported_type' | 'too_large', string> = {
	...incomeRefusalMessages,
	empty: 'error_file_empty',
	unsupported_type: 'error_file_unsupported_type',
	too_large: 'error_file_too_large'
};
const refused = (result: { reason: keyof typeof refusalKeys; field: string }) => ({
	[result.field]: refusalKeys[result.reason]
});

/** A non-empty file from the form, or null. */
function fileOf(formData: FormData): File | null {
	const file = formData.get('file');
	return file instanceof File && file.size > 0 ? file : null;
}

export const fileReport: Action = async ({ locals, params, request, url }) => {
	requireRole(locals, url, 'company');
	const formData = await readForm(request);
	const form = parseForm(royaltyReportSchema, formData);
	const extra = { action: 'report' };
	if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey']), extra);
	const result = await reports.fileReport(locals.db, { ...form.data, dealId: params.id });
	if (!result.ok) return rejectForm(409, formValues(formData), refused(result), extra);
	return {
		...extra,
		success: 'income_report_filed',
		computedRoyaltyFen: result.computedRoyaltyFen,
		mismatch: result.mismatch
	};
};

export const recordReceipt: Action = async ({ locals, params, request, url }) => {
	const user = requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(receiptSchema, formData);
	const extra = { action: 'receipt' };
	if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey']), extra);
	const input = { ...form.data, documentId: null, dealId: params.id };
	const file = fileOf(formData);
	const result = file
		? await receiptEvidence.recordReceiptWithEvidence(
				locals.db,
				await storage(),
				{ ...input, uploaderId: user.id },
				{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
			)
		: await receipts.recordReceipt(locals.db, input);
	if (!result.ok)
		return rejectForm(409, formValues(formData), refused(result), {
			...extra,
			...('detail' in result && result.detail !== undefined ? { refusalDetail: result.detail } : {})
		});
	return { ...extra, success: 'income_receipt_recorded' };
};

export const addDeduction: Action = async ({ locals, request, url }) => {
	requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(deductionSchema, formData);
	const extra = { action: 'deduction', receipt: String(formData.get('receiptId') ?? '') };
	if (!form.ok)
		return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey', 'receiptId']), extra);
	const result = await receipts.addDeduction(locals.db, form.data);
	if (!result.ok) return rejectForm(409, formValues(formData), refused(result), extra);
	return { ...extra, success: 'income_deduction_added' };
};

/** Approving and reversing share a form: the receipt and a key. */
function distributionAction(action: 'approve' | 'reverse'): Action {
	return async ({ locals, request, url }) => {
		requireRole(locals, url, 'officer');
		const formData = await readForm(request);
		const form = parseForm(distributionActionSchema, formData);
		const extra = { action, receipt: String(formData.get('receiptId') ?? '') };
		if (!form.ok) return rejectForm(400, {}, withHiddenFieldError(form.errors, ['receiptId', 'key']), extra);
		const move = action === 'approve' ? distributions.approveDistribution : distributions.reverseDistribution;
		const result = await move(locals.db, form.data.receiptId, form.data.key);
		if (!result.ok) return rejectForm(409, {}, { form: refusalKeys[result.reason] }, extra);
		return {
			...extra,
			success: action === 'approve' ? 'income_distribution_approved' : 'income_distribution_reversed'
		};
	};
}
export const approve = distributionAction('approve');
export const reverse = distributionAction('reverse');

export const recordPayout: Action = async ({ locals, request, url }) => {
	requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(payoutSchema, formData);
	const extra = { action: 'payout', line: String(formData.get('lineId') ?? '') };
	if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['lineId']), extra);
	const result = await distributions.recordPayout(locals.db, form.data);
	if (!result.ok) return rejectForm(409, formValues(formData), refused(result), extra);
	return { ...extra, success: 'income_payout_recorded' };
};
