import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import { isUuid } from '../schemas/fields.ts';
import { recordThreadDocument } from './threads.ts';
import { dealThread } from './deal-messages.ts';

// Documents shared in a deal room: participants only (RLS). Same limits as listing files.

export interface DealDocument {
	id: string;
	dealId: string;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	storageKey: string;
	uploadedBy: string;
	uploaderName: string | null;
	createdAt: Date;
}

const columns = sql`id, deal_id as "dealId", file_name as "fileName", content_type as "contentType", size_bytes as "sizeBytes",
	storage_key as "storageKey", uploaded_by as "uploadedBy", app.public_display_name(uploaded_by) as "uploaderName", created_at as "createdAt"`;

export function listDealDocuments(db: Executor, dealId: string): Promise<DealDocument[]> {
	return db.query<DealDocument>(
		sql`select ${columns} from public.deal_documents where deal_id = ${dealId} order by created_at, id`
	);
}

export async function getDealDocument(db: Executor, dealId: string, id: string): Promise<DealDocument | null> {
	if (!isUuid(id) || !isUuid(dealId)) return null;
	const [row] = await db.query<DealDocument>(
		sql`select ${columns} from public.deal_documents where id = ${id} and deal_id = ${dealId}`
	);
	return row ?? null;
}

export type UploadResult =
	{ ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' | 'not_allowed' };

/**
 * A checked file, stored and recorded; someone who is not a participant is refused. `along` runs
 * in the same transaction as the document's row (evidence for a filing): if it throws, neither the
 * row nor the stored file is kept, and its error comes back out.
 */
export async function addDealDocument(
	db: Executor,
	storage: Storage,
	upload: { dealId: string; uploaderId: string; fileName: string; bytes: Uint8Array },
	along?: (transaction: Executor, documentId: string) => Promise<void>
): Promise<UploadResult> {
	const outcome = await storeUpload(storage, `deals/${upload.dealId}`, upload, (file) =>
		db.transaction(async (transaction) => {
			await recordThreadDocument(transaction, dealThread, { ...upload, parentId: upload.dealId }, file);
			if (along) await along(transaction, file.id);
		})
	);
	if (outcome.ok) return { ok: true, id: outcome.id };
	return { ok: false, reason: outcome.reason === 'refused' ? 'not_allowed' : outcome.reason };
}

/**
 * A document and the row it is evidence for (a filing, a receipt, a royalty report), written in
 * one transaction by `write`. Unless `keep` says so (by default: the row was written), neither
 * the document's row nor its stored file is kept, and `write`'s outcome comes back as it is: a
 * refused row, or a replay that found the first post's row and its evidence.
 */
export async function addDealDocumentFor<Outcome extends { ok: boolean }>(
	db: Executor,
	storage: Storage,
	upload: { dealId: string; uploaderId: string; fileName: string; bytes: Uint8Array },
	write: (transaction: Executor, documentId: string) => Promise<Outcome>,
	keep: (transaction: Executor, documentId: string, outcome: Outcome) => Promise<boolean> = async (_, __, outcome) =>
		outcome.ok
): Promise<Outcome | Extract<UploadResult, { ok: false }>> {
	// Set inside the transaction's callback (a holder, so the type is not narrowed to null here).
	const held: { outcome: Outcome | null } = { outcome: null };
	try {
		const stored = await addDealDocument(db, storage, upload, async (transaction, documentId) => {
			const outcome = await write(transaction, documentId);
			held.outcome = outcome;
			if (!(await keep(transaction, documentId, outcome))) throw new NotKept();
		});
		if (!stored.ok) return stored;
		if (!held.outcome) throw new Error('the document was stored without its row');
		return held.outcome;
	} catch (error) {
		if (error instanceof NotKept && held.outcome) return held.outcome;
		throw error;
	}
}

/** Rolls the document back with its row's transaction. */
class NotKept extends Error {}
