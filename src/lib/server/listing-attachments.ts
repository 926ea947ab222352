import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import { isUuid } from '../schemas/fields.ts';

export interface Attachment {
	id: string;
	listingId: string;
	kind: 'image' | 'document';
	fileName: string;
	contentType: string;
	sizeBytes: number;
	storageKey: string;
	confidential: boolean;
}

const columns = sql`id, listing_id as "listingId", kind, file_name as "fileName", content_type as "contentType",
	size_bytes as "sizeBytes", storage_key as "storageKey", confidential`;

/** What the reader may see: RLS leaves out confidential files for all but owner and officers. */
export function listAttachments(db: Executor, listingId: string): Promise<Attachment[]> {
	return db.query<Attachment>(
		sql`select ${columns} from public.listing_attachments where listing_id = ${listingId} order by created_at, id`
	);
}

export async function getAttachment(db: Executor, id: string): Promise<Attachment | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Attachment>(sql`select ${columns} from public.listing_attachments where id = ${id}`);
	return row ?? null;
}

export type AddResult =
	{ ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' | 'not_editable' };

/** A checked file, stored and recorded; a listing that is no longer editable refuses it. */
export async function addAttachment(
	db: Executor,
	storage: Storage,
	upload: { listingId: string; fileName: string; bytes: Uint8Array; confidential: boolean }
): Promise<AddResult> {
	const outcome = await storeUpload(storage, `listings/${upload.listingId}`, upload, (file) =>
		db.query(sql`
			insert into public.listing_attachments (id, listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential)
			values (${file.id}, ${upload.listingId}, ${file.kind}, ${file.name}, ${file.contentType},
			        ${upload.bytes.length}, ${file.key}, ${upload.confidential})`)
	);
	if (outcome.ok) return outcome;
	return { ok: false, reason: outcome.reason === 'refused' ? 'not_editable' : outcome.reason };
}

/** Removes a file of this listing; false when RLS or the listing id leaves nothing to remove. */
export async function removeAttachment(
	db: Executor,
	storage: Storage,
	listingId: string,
	id: string
): Promise<boolean> {
	const [row] = await db.query<{ storage_key: string }>(
		sql`delete from public.listing_attachments where id = ${id} and listing_id = ${listingId} returning storage_key`
	);
	if (!row) return false;
	await storage.remove(row.storage_key);
	return true;
}
