import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { PayoutInput } from '../schemas/income.ts';
import type { DistributionRecipient } from '../vocabularies/income.ts';
import { incomeRefusal, refuse, type IncomeRefusal, type IncomeRefusalReason } from './income-refusals.ts';
import { dayOf } from './payment-schedules.ts';
import { isUuid } from '../schemas/fields.ts';

// Sharing each receipt's net income (docs/domain.md, "Income"): approving a receipt's
// distribution writes its lines in the database (app.approve_distribution), by the reward policy
// in force on the day the deal was signed, the largest remainder to the fen, the inventors' part
// by their shares in the listing. Lines are append-only; a correction is a reversal (negative
// copies). The deal's officers approve, reverse and record payouts; an inventor reads only their
// own lines and payouts; the company reads none (RLS).

export interface DistributionLine {
	id: number;
	receiptId: string;
	recipient: DistributionRecipient;
	inventorPosition: number | null;
	inventorName: string | null;
	profileId: string | null;
	organizationId: string | null;
	organizationName: string | null;
	/** Negative on a reversal's line. */
	amountFen: number;
	/** The line this one reverses. */
	reversesId: number | null;
	/** Reversed by a later line (so no longer standing). */
	reversed: boolean;
	policyId: string;
	policyVersion: number | null;
	approvedByName: string | null;
	createdAt: Date;
	paidOn: string | null;
	payoutReference: string | null;
}

/** The distribution lines of the deal this reader may see, receipt by receipt, oldest first. */
export function listDistribution(db: Executor, dealId: string): Promise<DistributionLine[]> {
	if (!isUuid(dealId)) return Promise.resolve([]);
	return db.query<DistributionLine>(sql`
		select x.id, x.receipt_id as "receiptId", x.recipient, x.inventor_position as "inventorPosition",
		       x.inventor_name as "inventorName", x.profile_id as "profileId", x.organization_id as "organizationId",
		       o.name_zh as "organizationName", x.amount_fen as "amountFen", x.reverses_id as "reversesId",
		       exists (select 1 from public.distribution_lines y where y.reverses_id = x.id) as reversed,
		       x.policy_id as "policyId", (select p.version from public.reward_policies p where p.id = x.policy_id) as "policyVersion",
		       app.public_display_name(x.approved_by) as "approvedByName", x.created_at as "createdAt",
		       to_char(pay.paid_on, 'YYYY-MM-DD') as "paidOn", pay.reference as "payoutReference"
		from public.distribution_lines x
		left join public.organizations o on o.id = x.organization_id
		left join public.distribution_payouts pay on pay.distribution_line_id = x.id
		where x.deal_id = ${dealId} order by x.receipt_id, x.id`);
}

const approveRefusals = ['not_allowed', 'policy_missing'] as const;
const reverseRefusals = ['not_allowed', 'not_approved', 'distribution_paid'] as const;
export type ApproveResult = { ok: true; lines: number } | IncomeRefusal<(typeof approveRefusals)[number]>;
export type ReverseResult = { ok: true; lines: number } | IncomeRefusal<(typeof reverseRefusals)[number]>;

/** Runs one of the database's distribution functions on a receipt, with its request's key. */
async function distribute<Reason extends IncomeRefusalReason>(
	db: Executor,
	statement: SqlFragment,
	expected: readonly Reason[]
): Promise<{ ok: true; lines: number } | IncomeRefusal<Reason>> {
	try {
		const [row] = await db.query<{ lines: number }>(statement);
		return { ok: true, lines: row.lines };
	} catch (error) {
		const refusal = incomeRefusal(error, expected);
		if (refusal) return refusal;
		throw error;
	}
}

/**
 * Approves the receipt's distribution: its lines are written once. A replayed post (same key),
 * or a receipt approved already, writes nothing and answers `lines: 0`.
 */
export function approveDistribution(db: Executor, receiptId: string, key: string): Promise<ApproveResult> {
	if (!isUuid(receiptId) || !isUuid(key)) return Promise.resolve(refuse('not_allowed'));
	return distribute(db, sql`select app.approve_distribution(${receiptId}, ${key}) as lines`, approveRefusals);
}

/** Reverses the receipt's approved distribution (negative copies); a replay writes nothing. */
export function reverseDistribution(db: Executor, receiptId: string, key: string): Promise<ReverseResult> {
	if (!isUuid(receiptId) || !isUuid(key)) return Promise.resolve(refuse('not_allowed'));
	return distribute(db, sql`select app.reverse_distribution(${receiptId}, ${key}) as lines`, reverseRefusals);
}

const payoutRefusals = ['not_allowed', 'not_found', 'payout_refused', 'payout_duplicate', 'future_date'] as const;
export type PayoutResult = { ok: true } | IncomeRefusal<(typeof payoutRefusals)[number]>;

/** Records that an inventor's line was paid: once per line. */
export async function recordPayout(db: Executor, input: PayoutInput): Promise<PayoutResult> {
	try {
		await db.query(sql`insert into public.distribution_payouts (distribution_line_id, paid_on, reference)
			values (${input.lineId}, ${input.paidOn}::date, ${input.reference})`);
		return { ok: true };
	} catch (error) {
		const refusal = incomeRefusal(error, payoutRefusals, { future_date: 'paidOn' });
		if (refusal) return refusal;
		throw error;
	}
}

export interface DealIncomeTotals {
	/** What the schedule asks for so far (fen): fees, milestones, reported royalties, minimum shortfalls. */
	dueFen: number;
	receivedFen: number;
	/** Outstanding on overdue lines. */
	overdueFen: number;
	/** Officers and admins only (null for the others). */
	deductedFen: number | null;
	/** Net of reversals; null for the company (so are the next two). */
	distributedFen: number | null;
	inventorsFen: number | null;
	paidOutFen: number | null;
}

/** The deal's totals, for every reader of its income (inventors too); null for anyone else. */
export async function dealIncomeTotals(db: Executor, dealId: string, today?: string): Promise<DealIncomeTotals | null> {
	if (!isUuid(dealId)) return null;
	const [row] = await db.query<DealIncomeTotals>(sql`
		select t.due_fen as "dueFen", t.received_fen as "receivedFen", t.overdue_fen as "overdueFen",
		       t.deducted_fen as "deductedFen", t.distributed_fen as "distributedFen", t.inventors_fen as "inventorsFen",
		       t.paid_out_fen as "paidOutFen"
		from app.deal_income_totals(${dealId}, ${dayOf(today)}) t`);
	return row ?? null;
}
