import { z } from 'zod';
import { optionalDate, uuid } from './fields.ts';
import { maximumFeeFen, parseFen } from '../rules/amount.ts';
import { deductionKinds } from '../rules/income.ts';
import { todayInShanghai } from '../i18n/format.ts';

// The income forms (docs/domain.md, "Income"): milestones, royalty reports, receipts, deductions,
// approvals and payouts. Field limits are here, as the database's checks
// (supabase/migrations/…_income_terms.sql, …_income_ledger.sql); message keys are `income_error_…`
// or shared `error_…` ones (src/lib/i18n/data-messages.ts).

export const incomeLimits = {
	/** deal_milestones.position 0–19. */
	milestones: 20,
	milestoneDescription: 200,
	dueTrigger: 200,
	bankReference: 100,
	deductionNote: 200,
	payoutReference: 100,
	/** Every amount of income: 1 fen up to ¥100,000,000,000 (the deal fees' ceiling). */
	maximumFen: maximumFeeFen
} as const;

function fen(options: { required: boolean; zero: boolean }) {
	return z
		.string()
		.trim()
		.transform((value, context): number | null => {
			if (value === '') {
				if (!options.required) return null;
				context.issues.push({ code: 'custom', message: 'error_required', input: value });
				return z.NEVER;
			}
			const checked = parseFen(value, { maximumFen: incomeLimits.maximumFen, positive: !options.zero });
			if (checked.ok) return checked.fen;
			const message = {
				too_large: 'error_fee_too_large',
				negative: 'error_amount_negative',
				zero: 'income_error_amount_zero',
				format: 'income_error_amount_invalid'
			}[checked.reason];
			context.issues.push({ code: 'custom', message, input: value });
			return z.NEVER;
		});
}

/**
 * Yuan typed in a form (two decimals at most), in fen: required; more than zero unless `zero`.
 * A negative, malformed or zero amount is malformed; one above the ceiling is too large.
 */
export const amountFen = (options: { zero?: boolean } = {}) =>
	fen({ required: true, zero: options.zero ?? false }).transform(Number);

/** Yuan that may be left empty (null), else more than zero. */
export const optionalPositiveFen = fen({ required: false, zero: false });

/** Text that must be filled in, at most `maximum` characters. */
export const requiredText = (maximum: number) =>
	z.string().trim().min(1, { error: 'error_required' }).max(maximum, { error: 'error_too_long' });

// Empty is the only "required": a browser's date input sends '' for an impossible day it was
// typed (2026-02-31), so the message asks for a real date too; typed text that is no real date
// gets optionalDate's "real date" answer.
const requiredDate = optionalDate
	.refine((value) => value !== null, { error: 'income_error_date_required' })
	.transform(String);

/** A day that has come (Asia/Shanghai, read when the form is parsed); the database refuses a later one too (ZQ025). */
export const pastDate = requiredDate.refine((value) => value <= todayInShanghai(), {
	error: 'income_error_date_future'
});

// ------------------------------------------------------------------------------------------------
// Milestones (structured, in the deal room's terms)
// ------------------------------------------------------------------------------------------------

const milestoneRow = z
	.object({
		description: requiredText(incomeLimits.milestoneDescription),
		amount: amountFen(),
		// A milestone agreed now falls due from today on (Asia/Shanghai), never in the past.
		dueOn: optionalDate
			.refine((value) => value === null || value >= todayInShanghai(), { error: 'income_error_milestone_due_past' })
			.default(null),
		dueTrigger: z.string().trim().max(incomeLimits.dueTrigger, { error: 'error_too_long' }).default('')
	})
	.superRefine((row, context) => {
		// Exactly one of a date and a triggering event.
		if ((row.dueOn === null) === (row.dueTrigger === ''))
			context.addIssue({
				code: 'custom',
				path: ['dueOn'],
				message: row.dueOn === null ? 'income_error_milestone_due_missing' : 'income_error_milestone_due_both'
			});
	})
	.transform((row) => ({
		description: row.description,
		amountFen: row.amount,
		dueOn: row.dueOn,
		dueTrigger: row.dueTrigger === '' ? null : row.dueTrigger
	}));

export const milestonesSchema = z.object({
	milestones: z.array(milestoneRow).max(incomeLimits.milestones, { error: 'income_error_milestones_too_many' })
});
export type MilestoneInput = z.output<typeof milestoneRow>;

/**
 * The rows a milestones form posts as `milestones.<n>.<field>` (the page's field names), in order,
 * rows left entirely empty dropped; ready for `milestonesSchema`.
 */
export function milestoneRows(values: Record<string, string>): { milestones: Record<string, string>[] } {
	const rows = new Map<number, Record<string, string>>();
	for (const [name, value] of Object.entries(values)) {
		const match = /^milestones\.(\d{1,2})\.(description|amount|dueOn|dueTrigger)$/.exec(name);
		if (!match) continue;
		const index = Number(match[1]);
		rows.set(index, { ...rows.get(index), [match[2]]: value });
	}
	const ordered = [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
	return { milestones: ordered.filter((row) => Object.values(row).some((value) => value.trim() !== '')) };
}

// ------------------------------------------------------------------------------------------------
// Royalty reports (the company), receipts and deductions (officers)
// ------------------------------------------------------------------------------------------------

/** A deal document chosen as evidence or attachment (its id), or '' for none. */
const optionalDocument = z
	.union([uuid, z.literal('')])
	.default('')
	.transform((value) => (value === '' ? null : value));

export const royaltyReportSchema = z.object({
	idempotencyKey: uuid,
	scheduleLineId: uuid,
	sales: amountFen({ zero: true }),
	statedRoyalty: amountFen({ zero: true }),
	documentId: optionalDocument
});
export type RoyaltyReportInput = z.output<typeof royaltyReportSchema>;

export const receiptSchema = z.object({
	idempotencyKey: uuid,
	scheduleLineId: uuid,
	amount: amountFen(),
	receivedOn: pastDate,
	bankReference: requiredText(incomeLimits.bankReference),
	documentId: optionalDocument
});
export type ReceiptInput = z.output<typeof receiptSchema>;

export const deductionSchema = z
	.object({
		idempotencyKey: uuid,
		receiptId: uuid,
		kind: z.enum(deductionKinds, { error: 'income_error_deduction_kind' }),
		amount: amountFen(),
		note: z.string().trim().max(incomeLimits.deductionNote, { error: 'error_too_long' }).default('')
	})
	.refine((value) => value.kind !== 'other' || value.note !== '', {
		error: 'income_error_deduction_note_required',
		path: ['note']
	});
export type DeductionInput = z.output<typeof deductionSchema>;

/** Removing a deduction (before approval). */
export const deductionReferenceSchema = z.object({ receiptId: uuid, deductionId: z.coerce.number().int().min(1) });

// ------------------------------------------------------------------------------------------------
// Distribution (officers)
// ------------------------------------------------------------------------------------------------

/** Approving or reversing a receipt's distribution: the key makes a replayed post a no-op. */
export const distributionActionSchema = z.object({ receiptId: uuid, key: uuid });

export const payoutSchema = z.object({
	lineId: z.coerce.number({ error: 'error_invalid' }).int().min(1),
	paidOn: pastDate,
	reference: requiredText(incomeLimits.payoutReference)
});
export type PayoutInput = z.output<typeof payoutSchema>;

/** Why the database refused an income write (src/lib/server/income-refusals.ts reads them). */
export type IncomeRefusalReason =
	| 'not_allowed'
	| 'not_found'
	| 'frozen'
	| 'deal_not_signed'
	| 'line_refused'
	| 'period_not_ended'
	| 'report_duplicate'
	| 'future_date'
	| 'distribution_approved'
	| 'deductions_exceed'
	| 'policy_missing'
	| 'not_approved'
	| 'distribution_paid'
	| 'payout_refused'
	| 'payout_duplicate'
	| 'bank_reference_duplicate'
	| 'above_outstanding'
	| 'royalty_not_reported'
	| 'before_deal';

/**
 * The message key of each refusal the income modules answer with (their `reason`; the field it
 * belongs to comes with it as `field`).
 */
export const incomeRefusalMessages: Record<IncomeRefusalReason, string> = {
	not_allowed: 'error_deal_not_participant',
	not_found: 'income_error_not_found',
	frozen: 'error_deal_not_editable',
	deal_not_signed: 'income_error_deal_not_signed',
	line_refused: 'income_error_line_refused',
	period_not_ended: 'income_error_period_not_ended',
	report_duplicate: 'income_error_report_duplicate',
	future_date: 'income_error_date_future',
	distribution_approved: 'income_error_distribution_approved',
	deductions_exceed: 'income_error_deductions_exceed',
	policy_missing: 'income_error_policy_missing',
	not_approved: 'income_error_not_approved',
	distribution_paid: 'income_error_distribution_paid',
	payout_refused: 'income_error_payout_refused',
	payout_duplicate: 'income_error_payout_duplicate',
	bank_reference_duplicate: 'income_error_bank_reference_duplicate',
	above_outstanding: 'income_error_above_outstanding',
	royalty_not_reported: 'income_error_royalty_not_reported',
	before_deal: 'income_error_before_deal'
};
