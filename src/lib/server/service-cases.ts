import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { refusalsOf, type Refusal, type Write } from './db/refusals.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import type { CaseRequestInput, QuoteInput, RatingInput } from '../schemas/service-case.ts';

// Service cases (docs/domain.md, "Service cases"; supabase/migrations/…_service_cases.sql). Every
// write is a SECURITY DEFINER function that checks the caller; RLS decides who reads (the
// requester's side, the agency's staff, the named patents' universities' officers).

export const caseRefusalReasons = [
	'not_allowed',
	'not_found',
	'agency_refused',
	'patent_refused',
	'move_illegal',
	'deadline_past',
	'quote_invalid',
	'rating_invalid',
	'delivery_document',
	'budget_invalid'
] as const;
export type CaseRefusalReason = (typeof caseRefusalReasons)[number];
export type CaseRefusal = Refusal<CaseRefusalReason>;
export type CaseWrite = Write<CaseRefusalReason>;

const byCode: Record<string, [CaseRefusalReason, string]> = {
	[databaseErrors.serviceCaseAgencyRefused]: ['agency_refused', 'service'],
	[databaseErrors.serviceCasePatentRefused]: ['patent_refused', 'patentIds'],
	[databaseErrors.serviceCaseMoveIllegal]: ['move_illegal', 'form'],
	[databaseErrors.serviceCaseDeadlinePast]: ['deadline_past', 'deadline'],
	[databaseErrors.serviceCaseQuoteInvalid]: ['quote_invalid', 'amount'],
	[databaseErrors.serviceCaseRatingInvalid]: ['rating_invalid', 'rating'],
	[databaseErrors.serviceCaseDeliveryDocument]: ['delivery_document', 'file'],
	[databaseErrors.serviceCaseBudgetInvalid]: ['budget_invalid', 'budget'],
	[postgresErrors.insufficientPrivilege]: ['not_allowed', 'form'],
	[postgresErrors.foreignKeyViolation]: ['not_found', 'form'],
	[postgresErrors.noDataFound]: ['not_found', 'form']
};

const refusals = refusalsOf(byCode, 'not_found');
export const refuseCase = refusals.refuse;
const call = refusals.call;

/** A new case; a replayed post (same creation key) answers with the case it made. */
export function requestCase(db: Executor, input: CaseRequestInput): Promise<CaseWrite> {
	return call(
		db,
		null,
		sql`select app.request_service_case(${input.agencyId}, ${input.service}::public.agency_service, ${input.scope},
			${input.deadline}::date, ${input.budget}, ${input.patentIds}::uuid[], ${input.creationKey}) as id`
	);
}

/** requested → quoted, by the agency's staff. */
export function quoteCase(db: Executor, id: string, quote: QuoteInput): Promise<CaseWrite> {
	return call(db, id, sql`select app.quote_service_case(${id}, ${quote.amount}, ${quote.days}, ${quote.note}) as id`);
}

export type CaseMove = 'declined' | 'accepted' | 'quote_declined' | 'withdrawn';

/** declined (the agency, with a reason); accepted, quote_declined, withdrawn (the requester's side). */
export function moveCase(db: Executor, id: string, target: CaseMove, reason: string | null = null): Promise<CaseWrite> {
	return call(db, id, sql`select app.move_service_case(${id}, ${target}::public.service_case_status, ${reason}) as id`);
}

/** accepted → delivered with a document of the case (see service-case-room.ts for the upload). */
export function deliverCase(db: Executor, id: string, documentId: string): Promise<CaseWrite> {
	return call(db, id, sql`select app.deliver_service_case(${id}, ${documentId}) as id`);
}

/** delivered → closed with the requester's rating. */
export function closeCase(db: Executor, id: string, rating: RatingInput): Promise<CaseWrite> {
	return call(db, id, sql`select app.close_service_case(${id}, ${rating.rating}, ${rating.comment}) as id`);
}
