import type { Executor } from './db/port.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { addDealDocument } from './deal-documents.ts';
import { recordReceipt, type RecordReceiptResult } from './receipts.ts';
import { fileReport, type FileReportResult } from './royalty-reports.ts';
import type { ReceiptInput, RoyaltyReportInput } from '../schemas/income.ts';

// An income row filed with its evidence: a receipt's bank slip, a royalty report's sales statement.
// The file goes the deal documents' way (checked by content, stored, recorded as a document of the
// deal) and the row points at it, in one transaction. A refused row keeps no document and no file;
// a replayed post (the row's key stored already) keeps only the first one's evidence.

type FileRefusal = { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large'; field: 'file' };
type Written = { ok: true; id: string } | { ok: false; reason: string; field: string };
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
	// Set inside the transaction's callback (a holder, so the type is not narrowed to null here).
	const result: { outcome: Result | null } = { outcome: null };
	try {
		const stored = await addDealDocument(
			db,
			storage,
			{ dealId: upload.dealId, uploaderId: upload.uploaderId, fileName: file.name, bytes: file.bytes },
			async (transaction, documentId) => {
				const outcome = await write(transaction, documentId);
				result.outcome = outcome;
				if (!outcome.ok) throw new NotKept();
				const [row] = await transaction.query<{ documentId: string | null }>(
					sql`select document_id as "documentId" from ${table} where id = ${outcome.id}`
				);
				if (row?.documentId !== documentId) throw new NotKept();
			}
		);
		if (stored.ok) return result.outcome ?? { ok: false, reason: 'not_allowed', field: 'form' };
		if (stored.reason === 'not_allowed') return { ok: false, reason: 'not_allowed', field: 'form' };
		return { ok: false, reason: stored.reason, field: 'file' };
	} catch (error) {
		if (error instanceof NotKept && result.outcome) return result.outcome;
		throw error;
	}
}

/** Rolls the evidence back: the row was refused, or a replay found the first post's row. */
class NotKept extends Error {}
