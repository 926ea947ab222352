import type { Action } from './$types';
import {
	deductionReferenceSchema,
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
import * as receipts from '$lib/server/receipts';
import * as incomeEvidence from '$lib/server/income-evidence';
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

/** The form's non-empty file, or null. */
async function evidenceOf(formData: FormData) {
	const file = formData.get('file');
	return file instanceof File && file.size > 0
		? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
		: null;
}

export const fileReport: Action = async ({ locals, params, request, url }) => {
	const user = requireRole(locals, url, 'company');
	const formData = await readForm(request);
	const form = parseForm(royaltyReportSchema, formData);
	const extra = { action: 'report' };
	if (!form.ok) return rejectForm(400, form.values, withHiddenFieldError(form.errors, ['idempotencyKey']), extra);
	const result = await incomeEvidence.fileReportWithEvidence(
		locals.db,
		await storage(),
		{ ...form.data, documentId: null, dealId: params.id, uploaderId: user.id },
		await evidenceOf(formData)
	);
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
	const result = await incomeEvidence.recordReceiptWithEvidence(
		locals.db,
		await storage(),
		{ ...form.data, documentId: null, dealId: params.id, uploaderId: user.id },
		await evidenceOf(formData)
	);
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

/** Removes a deduction before approval; a replay (it is gone already) answers the same. */
export const removeDeduction: Action = async ({ locals, request, url }) => {
	requireRole(locals, url, 'officer');
	const formData = await readForm(request);
	const form = parseForm(deductionReferenceSchema, formData);
	const extra = { action: 'removeDeduction', receipt: String(formData.get('receiptId') ?? '') };
	if (!form.ok) return rejectForm(400, {}, withHiddenFieldError(form.errors, ['receiptId', 'deductionId']), extra);
	const result = await receipts.removeDeduction(locals.db, form.data.receiptId, form.data.deductionId);
	if (!result.ok) return rejectForm(409, {}, { form: refusalKeys[result.reason] }, extra);
	return { ...extra, success: 'income_deduction_removed' };
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
