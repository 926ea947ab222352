import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { addDealDocument } from './deal-documents.ts';
import { recordReceipt, type RecordReceiptResult } from './receipts.ts';
import type { ReceiptInput } from '../schemas/income.ts';

// A receipt recorded with its evidence (a bank slip, a remittance advice): the file goes the deal
// documents' way (checked by content, stored, recorded as a document of the deal) and the receipt
// points at it, in one transaction. A refused receipt keeps no document and no file; a replayed
// post (the receipt's key stored already) keeps only the first one's evidence.

export type EvidenceResult =
	RecordReceiptResult | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large'; field: 'file' };

export async function recordReceiptWithEvidence(
	db: Executor,
	storage: Storage,
	input: ReceiptInput & { dealId: string; uploaderId: string },
	file: { name: string; bytes: Uint8Array }
): Promise<EvidenceResult> {
	// Set inside the transaction's callback (a holder, so the type is not narrowed to null here).
	const result: { outcome: RecordReceiptResult | null } = { outcome: null };
	try {
		const upload = await addDealDocument(
			db,
			storage,
			{ dealId: input.dealId, uploaderId: input.uploaderId, fileName: file.name, bytes: file.bytes },
			async (transaction, documentId) => {
				const outcome = await recordReceipt(transaction, { ...input, documentId });
				result.outcome = outcome;
				if (!outcome.ok) throw new NotKept();
				const [stored] = await transaction.query<{ documentId: string | null }>(
					sql`select document_id as "documentId" from public.receipts where id = ${outcome.id}`
				);
				if (stored?.documentId !== documentId) throw new NotKept();
			}
		);
		if (upload.ok) return result.outcome ?? { ok: false, reason: 'not_allowed', field: 'form' };
		if (upload.reason === 'not_allowed') return { ok: false, reason: 'not_allowed', field: 'form' };
		return { ok: false, reason: upload.reason, field: 'file' };
	} catch (error) {
		if (error instanceof NotKept && result.outcome) return result.outcome;
		throw error;
	}
}

/** Rolls the evidence back: the receipt was refused, or a replay found the first post's receipt. */
class NotKept extends Error {}
