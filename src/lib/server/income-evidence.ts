import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { addDealDocumentFor, type UploadResult } from './deal-documents.ts';
import { recordReceipt, type RecordReceiptResult } from './receipts.ts';
import { fileReport, type FileReportResult } from './royalty-reports.ts';
import type { ReceiptInput, RoyaltyReportInput } from '../schemas/income.ts';

// An income row filed with its evidence: a receipt's bank slip, a royalty report's sales statement.
// The file goes the deal documents' way (checked by content, stored, recorded as a document of the
// deal) and the row points at it, in one transaction. A refused row keeps no document and no file;
// a replayed post (the row's key stored already) keeps only the first one's evidence.

type FileRefusal = { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large'; field: 'file' };
type Written = { ok: true; id: string } | { ok: false; reason: string; field: string };
type UploadRefusal = Extract<UploadResult, { ok: false }>;
type Upload = { dealId: string; uploaderId: string };
type EvidenceFile = { name: string; bytes: Uint8Array };

export type EvidenceResult<Result extends Written = RecordReceiptResult> =
	Result | FileRefusal | { ok: false; reason: 'not_allowed'; field: 'form' };

/** A receipt and its evidence, if a file came with it. */
export function recordReceiptWithEvidence(
	db: Executor,
	storage: Storage,
	input: ReceiptInput & Upload,
	file: EvidenceFile | null
): Promise<EvidenceResult<RecordReceiptResult>> {
	return withEvidence(db, storage, input, file, sql`public.receipts`, (transaction, documentId) =>
		recordReceipt(transaction, { ...input, documentId })
	);
}

/** A royalty report and its attachment (e.g. the company's sales statement), if one came with it. */
export function fileReportWithEvidence(
	db: Executor,
	storage: Storage,
	input: RoyaltyReportInput & Upload,
	file: EvidenceFile | null
): Promise<EvidenceResult<FileReportResult>> {
	return withEvidence(db, storage, input, file, sql`public.royalty_reports`, (transaction, documentId) =>
		fileReport(transaction, { ...input, documentId })
	);
}

async function withEvidence<Result extends Written>(
	db: Executor,
	storage: Storage,
	upload: Upload,
	file: EvidenceFile | null,
	/** The table `write` writes to: the stored row's document is read back from it. */
	table: SqlFragment,
	write: (transaction: Executor, documentId: string | null) => Promise<Result>
): Promise<EvidenceResult<Result>> {
	if (!file) return write(db, null);
	const outcome = await addDealDocumentFor(
		db,
		storage,
		{ dealId: upload.dealId, uploaderId: upload.uploaderId, fileName: file.name, bytes: file.bytes },
		write,
		// A replay finds the first post's row: only that row's evidence is kept.
		async (transaction, documentId, written) => {
			if (!written.ok) return false;
			const [row] = await transaction.query<{ documentId: string | null }>(
				sql`select document_id as "documentId" from ${table} where id = ${written.id}`
			);
			return row?.documentId === documentId;
		}
	);
	// The row's own answer carries its field; a refused file does not.
	if (outcome.ok || 'field' in outcome) return outcome as Result;
	const refused = outcome as UploadRefusal;
	if (refused.reason === 'not_allowed') return { ok: false, reason: 'not_allowed', field: 'form' };
	return { ok: false, reason: refused.reason, field: 'file' };
}
