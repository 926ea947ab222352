import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { RoyaltyReportInput } from '../schemas/income.ts';
import { incomeRefusal, refuse, type IncomeRefusal } from './income-refusals.ts';
import { isUuid } from '../schemas/fields.ts';

// Royalty reports (docs/domain.md, "Income"): the deal's company files one per royalty period,
// once the period has ended, with its sales on the base the terms name and the royalty it says it
// owes. The database computes the royalty itself (round half up of sales × rate, as royaltyFen in
// rules/income.ts) and keeps both: a mismatch is flagged, not refused. Read by the deal's officers
// and admins and by its company (RLS).

export interface RoyaltyReport {
	id: string;
	scheduleLineId: string;
	periodStart: string;
	periodEnd: string;
	salesFen: number;
	statedRoyaltyFen: number;
	computedRoyaltyFen: number;
	/** The company's figure differs from the database's. */
	mismatch: boolean;
	documentId: string | null;
	documentName: string | null;
	submittedByName: string | null;
	createdAt: Date;
}

export function listReports(db: Executor, dealId: string): Promise<RoyaltyReport[]> {
	if (!isUuid(dealId)) return Promise.resolve([]);
	return db.query<RoyaltyReport>(sql`
		select r.id, r.schedule_line_id as "scheduleLineId", to_char(r.period_start, 'YYYY-MM-DD') as "periodStart",
		       to_char(r.period_end, 'YYYY-MM-DD') as "periodEnd", r.sales_fen as "salesFen",
		       r.stated_royalty_fen as "statedRoyaltyFen", r.computed_royalty_fen as "computedRoyaltyFen",
		       r.stated_royalty_fen <> r.computed_royalty_fen as mismatch, r.document_id as "documentId",
		       d.file_name as "documentName", app.public_display_name(r.submitted_by) as "submittedByName",
		       r.created_at as "createdAt"
		from public.royalty_reports r left join public.deal_documents d on d.id = r.document_id
		where r.deal_id = ${dealId} order by r.period_start`);
}

const reportRefusals = [
	'not_allowed',
	'not_found',
	'deal_not_signed',
	'line_refused',
	'period_not_ended',
	'report_duplicate'
] as const;

export type FileReportResult =
	| { ok: true; id: string; computedRoyaltyFen: number; mismatch: boolean }
	| IncomeRefusal<(typeof reportRefusals)[number]>;

/**
 * Files the company's report for one royalty period. A replayed post (same idempotency key)
 * answers with the report it already filed.
 */
export async function fileReport(
	db: Executor,
	input: RoyaltyReportInput & { dealId: string }
): Promise<FileReportResult> {
	if (!isUuid(input.dealId)) return refuse('not_allowed');
	try {
		await db.query(sql`
			insert into public.royalty_reports (deal_id, schedule_line_id, sales_fen, stated_royalty_fen, document_id, idempotency_key)
			values (${input.dealId}, ${input.scheduleLineId}, ${input.sales}, ${input.statedRoyalty}, ${input.documentId},
			        ${input.idempotencyKey})`);
	} catch (error) {
		const refusal = incomeRefusal(error, reportRefusals, {
			period_not_ended: 'scheduleLineId',
			report_duplicate: 'scheduleLineId',
			line_refused: 'scheduleLineId',
			not_found: 'scheduleLineId'
		});
		if (refusal) return refusal;
		throw error;
	}
	const [made] = await db.query<{ id: string; computedRoyaltyFen: number; mismatch: boolean }>(sql`
		select id, computed_royalty_fen as "computedRoyaltyFen", stated_royalty_fen <> computed_royalty_fen as mismatch
		from public.royalty_reports where idempotency_key = ${input.idempotencyKey} and deal_id = ${input.dealId}`);
	return made ? { ok: true, ...made } : refuse('not_allowed');
}
