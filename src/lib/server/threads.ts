import { hasErrorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { StoredFile } from './storage/upload.ts';

// What a deal room and a service case share on the server: a thread of messages posted once per
// idempotency key, and document rows written for a stored upload. Each caller names its own
// tables (constant SQL fragments, never user input); RLS on those tables decides who may write.

export interface Thread {
	/** e.g. sql`public.deal_messages` */
	messages: SqlFragment;
	/** e.g. sql`public.deal_documents` */
	documents: SqlFragment;
	/** The column naming the thread's parent row, e.g. sql`deal_id` */
	parent: SqlFragment;
}

export type PostResult = { ok: true; replayed: boolean } | { ok: false; reason: 'not_allowed' | 'key_reused' };

/**
 * Posts once per idempotency key, so a double tap or an outbox replay posts one message.
 * Invariant: a key acknowledges only what it created; sent to another parent it is refused.
 */
export async function postThreadMessage(
	db: Executor,
	thread: Thread,
	authorId: string,
	parentId: string,
	message: { idempotencyKey: string; body: string }
): Promise<PostResult> {
	try {
		const rows = await db.query(sql`
			insert into ${thread.messages} (${thread.parent}, author_id, idempotency_key, body)
			values (${parentId}, ${authorId}, ${message.idempotencyKey}, ${message.body})
			on conflict (author_id, idempotency_key) do nothing returning id`);
		if (rows.length > 0) return { ok: true, replayed: false };
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.foreignKeyViolation))
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
	const [existing] = await db.query<{ parentId: string }>(sql`
		select ${thread.parent} as "parentId" from ${thread.messages}
		where author_id = ${authorId} and idempotency_key = ${message.idempotencyKey}`);
	return existing?.parentId === parentId ? { ok: true, replayed: true } : { ok: false, reason: 'key_reused' };
}

/** The row of a stored upload, in the caller's transaction (RLS refuses a non-party: 42501). */
export async function recordThreadDocument(
	transaction: Executor,
	thread: Thread,
	upload: { parentId: string; uploaderId: string; bytes: Uint8Array },
	file: StoredFile
): Promise<void> {
	await transaction.query(sql`
		insert into ${thread.documents} (id, ${thread.parent}, uploaded_by, file_name, content_type, size_bytes, storage_key)
		values (${file.id}, ${upload.parentId}, ${upload.uploaderId}, ${file.name}, ${file.contentType},
		        ${upload.bytes.length}, ${file.key})`);
}
