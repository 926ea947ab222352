import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { addDealDocumentFor } from './deal-documents.ts';
import type { FilingKind, FilingStatus } from '../vocabularies/closing.ts';
import { isUuid } from '../schemas/fields.ts';

// The filings after signing (docs/domain.md, "Filings after signing"). The checklist is built by
// the database when a deal is signed; what "done" and "waived" require, who may change a filing
// and the audit of a waiver are the database's too (app.guard_filing_update, its constraints).

export interface Filing {
	id: string;
	dealId: string;
	kind: FilingKind;
	dueOn: string;
	ownerId: string | null;
	ownerName: string | null;
	status: FilingStatus;
	filingNumber: string | null;
	filedOn: string | null;
	evidenceDocumentId: string | null;
	evidenceName: string | null;
	waiveReason: string | null;
}

export function listFilings(db: Executor, dealId: string): Promise<Filing[]> {
	return db.query<Filing>(sql`
		select f.id, f.deal_id as "dealId", f.kind, to_char(f.due_on, 'YYYY-MM-DD') as "dueOn", f.owner_id as "ownerId",
		       app.public_display_name(f.owner_id) as "ownerName", f.status, f.filing_number as "filingNumber",
		       to_char(f.filed_on, 'YYYY-MM-DD') as "filedOn", f.evidence_document_id as "evidenceDocumentId",
		       d.file_name as "evidenceName", f.waive_reason as "waiveReason"
		from public.deal_filings f left join public.deal_documents d on d.id = f.evidence_document_id
		where f.deal_id = ${dealId} order by f.sort_order, f.kind`);
}

/**
 * Overdue filings reach their owners once (idempotent, also across processes; any page load and
 * the scheduler may call it). `at`, the moment judged, is for the owner connection and
 * service_role only (the scheduler, tests): the database refuses it to a request's role.
 */
export async function notifyOverdueFilings(db: Executor, at?: Date): Promise<number> {
	const [row] = await db.query<{ notified: number }>(
		at
			? sql`select app.notify_overdue_filings_at(${at.toISOString()}::timestamptz) as notified`
			: sql`select app.notify_overdue_filings() as notified`
	);
	return Number(row?.notified ?? 0);
}

export type FilingResult =
	| { ok: true }
	| {
			ok: false;
			reason:
				| 'not_allowed'
				| 'not_editable'
				| 'settled'
				| 'invalid_owner'
				| 'future_date'
				| 'empty'
				| 'unsupported_type'
				| 'too_large';
	  };

async function updateFiling(db: Executor, statement: SqlFragment): Promise<FilingResult> {
	try {
		const rows = await db.query(statement);
		return rows.length ? { ok: true } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.dealMoveIllegal) return { ok: false, reason: 'not_editable' };
		if (code === databaseErrors.filingSettled) return { ok: false, reason: 'settled' };
		if (code === databaseErrors.dayNotYetCome) return { ok: false, reason: 'future_date' };
		if (code === databaseErrors.assigneeNotOfficer) return { ok: false, reason: 'invalid_owner' };
		if (code === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

/** Done: the number and date from the authority, and the evidence file (stored as a deal document). */
export async function recordFiling(
	db: Executor,
	storage: Storage,
	input: {
		dealId: string;
		filingId: string;
		officerId: string;
		number: string;
		filedOn: string;
		fileName: string;
		bytes: Uint8Array;
	}
): Promise<FilingResult> {
	if (!isUuid(input.filingId)) return { ok: false, reason: 'not_allowed' };
	const [filing] = await db.query<{ status: string }>(
		sql`select status from public.deal_filings where id = ${input.filingId} and deal_id = ${input.dealId}`
	);
	if (!filing) return { ok: false, reason: 'not_allowed' };
	// A settled filing is final (the database refuses it too): say so before storing any file.
	if (filing.status !== 'pending') return { ok: false, reason: 'settled' };
	// The evidence and the filing are recorded together: if the filing is refused (settled by a
	// request that got there first), the document is not kept either and its file is removed.
	return addDealDocumentFor(
		db,
		storage,
		{ dealId: input.dealId, uploaderId: input.officerId, fileName: input.fileName, bytes: input.bytes },
		(transaction, documentId) =>
			updateFiling(
				transaction,
				sql`update public.deal_filings set status = 'done', filing_number = ${input.number},
				       filed_on = ${input.filedOn}::date, evidence_document_id = ${documentId}
				where id = ${input.filingId} and deal_id = ${input.dealId} returning id`
			)
	);
}

/** Not needed for this deal, with the reason (the database writes it to the audit log). */
export function waiveFiling(db: Executor, dealId: string, filingId: string, reason: string): Promise<FilingResult> {
	if (!isUuid(filingId)) return Promise.resolve({ ok: false, reason: 'not_allowed' });
	return updateFiling(
		db,
		sql`update public.deal_filings set status = 'waived', waive_reason = ${reason}
		where id = ${filingId} and deal_id = ${dealId} returning id`
	);
}
