import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { DeductionInput, ReceiptInput } from '../schemas/income.ts';
import type { DeductionKind, IncomeLineKind } from '../vocabularies/income.ts';
import { incomeRefusal, refuse, type IncomeRefusal } from './income-refusals.ts';
import { isUuid } from '../schemas/fields.ts';

// Money received under a signed deal (docs/domain.md, "Income"): the deal's officers record each
// receipt against one line of the schedule (partial payments welcome), with its bank reference
// and evidence, and itemise what is deducted before the net income is shared. The company reads
// the receipts; only officers and admins read the deductions (RLS), so for the company a receipt
// has none listed.

export interface Deduction {
	id: number;
	kind: DeductionKind;
	amountFen: number;
	note: string;
}

export interface Receipt {
	id: string;
	scheduleLineId: string;
	lineKind: IncomeLineKind;
	amountFen: number;
	receivedOn: string;
	bankReference: string;
	documentId: string | null;
	documentName: string | null;
	recordedByName: string | null;
	/** When the distribution was approved; null before, and again after a reversal. */
	distributionApprovedAt: Date | null;
	/** The deductions this reader may see (none for the company). */
	deductions: Deduction[];
	createdAt: Date;
}

export function listReceipts(db: Executor, dealId: string): Promise<Receipt[]> {
	if (!isUuid(dealId)) return Promise.resolve([]);
	return db.query<Receipt>(sql`
		select r.id, r.schedule_line_id as "scheduleLineId", l.kind as "lineKind", r.amount_fen as "amountFen",
		       to_char(r.received_on, 'YYYY-MM-DD') as "receivedOn", r.bank_reference as "bankReference",
		       r.document_id as "documentId", d.file_name as "documentName",
		       app.public_display_name(r.recorded_by) as "recordedByName",
		       r.distribution_approved_at as "distributionApprovedAt", r.created_at as "createdAt",
		       coalesce((select jsonb_agg(jsonb_build_object('id', x.id, 'kind', x.kind, 'amountFen', x.amount_fen, 'note', x.note)
		                 order by x.id) from public.receipt_deductions x where x.receipt_id = r.id), '[]'::jsonb) as deductions
		from public.receipts r
		join public.payment_schedule_lines l on l.id = r.schedule_line_id
		left join public.deal_documents d on d.id = r.document_id
		where r.deal_id = ${dealId} order by r.received_on, r.created_at`);
}

const receiptRefusals = [
	'not_allowed',
	'not_found',
	'deal_not_signed',
	'line_refused',
	'future_date',
	'bank_reference_duplicate',
	'above_outstanding',
	'royalty_not_reported',
	'before_deal'
] as const;
export type RecordReceiptResult = { ok: true; id: string } | IncomeRefusal<(typeof receiptRefusals)[number]>;

/**
 * Records a receipt; a replayed post (same idempotency key) answers with the receipt it made.
 * Refused (by the database): a bank reference the deal has already, more than the line still
 * expects (`detail`: that amount in fen), a royalty period not yet reported, a day before the deal
 * began (`detail`: its first day).
 */
export async function recordReceipt(
	db: Executor,
	input: ReceiptInput & { dealId: string }
): Promise<RecordReceiptResult> {
	if (!isUuid(input.dealId)) return refuse('not_allowed');
	try {
		await db.query(sql`
			insert into public.receipts (deal_id, schedule_line_id, amount_fen, received_on, bank_reference, document_id, idempotency_key)
			values (${input.dealId}, ${input.scheduleLineId}, ${input.amount}, ${input.receivedOn}::date, ${input.bankReference},
			        ${input.documentId}, ${input.idempotencyKey})`);
	} catch (error) {
		const refusal = incomeRefusal(error, receiptRefusals, {
			line_refused: 'scheduleLineId',
			not_found: 'scheduleLineId',
			future_date: 'receivedOn',
			before_deal: 'receivedOn',
			bank_reference_duplicate: 'bankReference',
			above_outstanding: 'amount',
			royalty_not_reported: 'scheduleLineId'
		});
		if (refusal) return refusal;
		throw error;
	}
	const [made] = await db.query<{ id: string }>(
		sql`select id from public.receipts where idempotency_key = ${input.idempotencyKey} and deal_id = ${input.dealId}`
	);
	return made ? { ok: true, id: made.id } : refuse('not_allowed');
}

const deductionRefusals = ['not_allowed', 'not_found', 'distribution_approved', 'deductions_exceed'] as const;
export type DeductionResult = { ok: true } | IncomeRefusal<(typeof deductionRefusals)[number]>;

/** Itemises a deduction, before the receipt's distribution is approved; replays add nothing. */
export async function addDeduction(db: Executor, input: DeductionInput): Promise<DeductionResult> {
	try {
		const [receipt] = await db.query<{ id: string }>(
			sql`select id from public.receipts where id = ${input.receiptId} and app.manages_deal_income(deal_id)`
		);
		if (!receipt) return refuse('not_allowed');
		await db.query(sql`
			insert into public.receipt_deductions (receipt_id, kind, amount_fen, note, idempotency_key)
			values (${input.receiptId}, ${input.kind}::public.deduction_kind, ${input.amount}, ${input.note}, ${input.idempotencyKey})`);
		return { ok: true };
	} catch (error) {
		const refusal = incomeRefusal(error, deductionRefusals, { deductions_exceed: 'amount' });
		if (refusal) return refusal;
		throw error;
	}
}

/**
 * Removes a deduction typed wrongly, before approval (after a reversal, to correct it). A replay
 * (the deduction is already gone from a receipt this officer manages) is answered as done.
 */
export async function removeDeduction(db: Executor, receiptId: string, deductionId: number): Promise<DeductionResult> {
	if (!isUuid(receiptId) || !Number.isSafeInteger(deductionId)) return refuse('not_found');
	try {
		const [receipt] = await db.query<{ id: string }>(
			sql`select id from public.receipts where id = ${receiptId} and app.manages_deal_income(deal_id)`
		);
		if (!receipt) return refuse('not_allowed');
		await db.query(sql`delete from public.receipt_deductions where id = ${deductionId} and receipt_id = ${receiptId}`);
		return { ok: true };
	} catch (error) {
		const refusal = incomeRefusal(error, deductionRefusals);
		if (refusal) return refusal;
		throw error;
	}
}
