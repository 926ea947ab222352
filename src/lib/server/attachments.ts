import type { Executor } from './db/port.ts';
import { errorCode, insufficientPrivilege } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { checkUpload } from '../domain/file-type.ts';

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
	return db.query<Attachment>(sql`select ${columns} from public.listing_attachments where listing_id = ${listingId} order by created_at, id`);
}

export async function getAttachment(db: Executor, id: string): Promise<Attachment | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await db.query<Attachment>(sql`select ${columns} from public.listing_attachments where id = ${id}`);
	return row ?? null;
}

export type AddResult = { ok: true; id: string } | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' | 'not_editable' };

/** Stores the bytes, then records them; a refused record removes the stored file again. */
export async function addAttachment(
	db: Executor,
	storage: Storage,
	upload: { listingId: string; fileName: string; bytes: Uint8Array; confidential: boolean }
): Promise<AddResult> {
	const check = checkUpload(upload.bytes);
	if (!check.ok) return check;
	const id = crypto.randomUUID();
	const key = `listings/${upload.listingId}/${id}`;
	await storage.put(key, upload.bytes, check.contentType);
	try {
		await db.query(sql`
			insert into public.listing_attachments (id, listing_id, kind, file_name, content_type, size_bytes, storage_key, confidential)
			values (${id}, ${upload.listingId}, ${check.kind}, ${upload.fileName.slice(0, 200) || 'file'}, ${check.contentType},
			        ${upload.bytes.length}, ${key}, ${upload.confidential})`);
		return { ok: true, id };
	} catch (error) {
		await storage.remove(key);
		if (errorCode(error) === insufficientPrivilege || errorCode(error) === '23503') return { ok: false, reason: 'not_editable' };
		throw error;
	}
}

export async function removeAttachment(db: Executor, storage: Storage, id: string): Promise<boolean> {
	const [row] = await db.query<{ storage_key: string }>(sql`delete from public.listing_attachments where id = ${id} returning storage_key`);
	if (!row) return false;
	await storage.remove(row.storage_key);
	return true;
}
