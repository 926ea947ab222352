import { constraintName, errorCode, errorDetail } from './db/port.ts';
import { databaseConstraints, databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import type { IncomeRefusalReason } from '../schemas/income.ts';

export type { IncomeRefusalReason };

// The database's refusals of an income write (supabase/migrations/…_income_ledger.sql), as the
// reasons the income modules answer with. Each comes with the form field it belongs to, so a
// route shows it where the user typed (`form` when no single field is to blame); the message key
// of each reason is `incomeRefusalMessages` in src/lib/schemas/income.ts.

export type IncomeRefusal<Reason extends IncomeRefusalReason = IncomeRefusalReason> = {
	ok: false;
	reason: Reason;
	/** The form field the refusal belongs to, or `form`. */
	field: string;
	/** What the database named with it, for the message: a receipt's outstanding fen, a deal's first day. */
	detail?: string;
};

export const refuse = <Reason extends IncomeRefusalReason>(reason: Reason, field = 'form'): IncomeRefusal<Reason> => ({
	ok: false,
	reason,
	field
});

const byCode: Record<string, IncomeRefusalReason> = {
	[databaseErrors.incomePeriodNotEnded]: 'period_not_ended',
	[databaseErrors.incomeDealNotSigned]: 'deal_not_signed',
	[databaseErrors.incomeLineRefused]: 'line_refused',
	[databaseErrors.distributionApproved]: 'distribution_approved',
	[databaseErrors.deductionsExceedReceipt]: 'deductions_exceed',
	[databaseErrors.rewardPolicyMissing]: 'policy_missing',
	[databaseErrors.distributionNotApproved]: 'not_approved',
	[databaseErrors.distributionPaid]: 'distribution_paid',
	[databaseErrors.payoutRefused]: 'payout_refused',
	[databaseErrors.dayNotYetCome]: 'future_date',
	[databaseErrors.receiptAboveOutstanding]: 'above_outstanding',
	[databaseErrors.royaltyNotReported]: 'royalty_not_reported',
	[databaseErrors.receiptBeforeDeal]: 'before_deal',
	[databaseErrors.dealMoveIllegal]: 'frozen',
	[postgresErrors.insufficientPrivilege]: 'not_allowed',
	[postgresErrors.foreignKeyViolation]: 'not_found'
};

const byConstraint: Record<string, IncomeRefusalReason> = {
	[databaseConstraints.royaltyReportOnePerPeriod]: 'report_duplicate',
	[databaseConstraints.payoutOnce]: 'payout_duplicate',
	[databaseConstraints.receiptBankReferenceOnce]: 'bank_reference_duplicate'
};

/**
 * The refusal a database error means, if it is one of `expected` (the reasons this write can
 * meet), with its field from `fields` (reason → field name); null for any other error, which the
 * caller rethrows: nobody filling in a form causes it.
 */
export function incomeRefusal<Reason extends IncomeRefusalReason>(
	error: unknown,
	expected: readonly Reason[],
	fields: Partial<Record<Reason, string>> = {}
): IncomeRefusal<Reason> | null {
	const code = errorCode(error);
	const reason =
		code === postgresErrors.uniqueViolation
			? byConstraint[constraintName(error) ?? '']
			: code
				? byCode[code]
				: undefined;
	if (!reason || !(expected as readonly string[]).includes(reason)) return null;
	const refusal = refuse(reason as Reason, fields[reason as Reason] ?? 'form');
	const detail = code?.startsWith('ZQ') ? errorDetail(error) : undefined;
	return detail === undefined ? refusal : { ...refusal, detail };
}
