import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import { isUuid } from '../schemas/fields.ts';
import { recordThreadDocument, type Thread } from './threads.ts';
import { deliverCase, refuseCase, type CaseRefusal, type CaseWrite } from './service-cases.ts';
import type { ServiceCaseStatus } from '../vocabularies/service-case.ts';

// A service case's messages, documents and timeline: the deal room's parts (threads.ts; messages
// are posted with postThreadMessage and caseThread), on the case's own tables. RLS lets the two
// sides write and every reader of the case read.

export const caseThread: Thread = {
	messages: sql`public.service_case_messages`,
	documents: sql`public.service_case_documents`,
	parent: sql`case_id`
};

export interface CaseDocument {
	id: string;
	fileName: string;
	contentType: string;
	storageKey: string;
	uploaderName: string | null;
	createdAt: Date;
}

const columns = sql`id, file_name as "fileName", content_type as "contentType", storage_key as "storageKey",
	app.public_display_name(uploaded_by) as "uploaderName", created_at as "createdAt"`;

export function listCaseDocuments(db: Executor, caseId: string): Promise<CaseDocument[]> {
	return db.query<CaseDocument>(
		sql`select ${columns} from public.service_case_documents where case_id = ${caseId} order by created_at, id`
	);
}

export async function getCaseDocument(db: Executor, caseId: string, id: string): Promise<CaseDocument | null> {
	if (!isUuid(id) || !isUuid(caseId)) return null;
	const [row] = await db.query<CaseDocument>(
		sql`select ${columns} from public.service_case_documents where id = ${id} and case_id = ${caseId}`
	);
	return row ?? null;
}

export type UploadFailure = { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' };
type Upload = { caseId: string; uploaderId: string; fileName: string; bytes: Uint8Array };

/**
 * A checked file stored under `cases/<case>/<id>` with its row; `along` runs in the same
 * transaction (the delivery): when it refuses, neither the row nor the stored file is kept.
 */
export async function addCaseDocument(
	db: Executor,
	storage: Storage,
	upload: Upload,
	along: (transaction: Executor, documentId: string) => Promise<CaseWrite> = async () => ({
		ok: true,
		id: upload.caseId
	})
): Promise<CaseWrite | UploadFailure> {
	if (!isUuid(upload.caseId)) return refuseCase('not_found');
	const held: { refusal: CaseRefusal | null } = { refusal: null };
	try {
		const outcome = await storeUpload(storage, `cases/${upload.caseId}`, upload, (file) =>
			db.transaction(async (transaction) => {
				await recordThreadDocument(transaction, caseThread, { ...upload, parentId: upload.caseId }, file);
				const written = await along(transaction, file.id);
				if (!written.ok) {
					held.refusal = written;
					throw new NotKept();
				}
			})
		);
		if (!outcome.ok)
			return outcome.reason === 'refused' ? refuseCase('not_allowed') : { ok: false, reason: outcome.reason };
	} catch (error) {
		if (error instanceof NotKept && held.refusal) return held.refusal;
		throw error;
	}
	return { ok: true, id: upload.caseId };
}

/** accepted → delivered: the agency's document and the move, in one transaction. */
export function deliverWithDocument(
	db: Executor,
	storage: Storage,
	upload: Upload
): Promise<CaseWrite | UploadFailure> {
	return addCaseDocument(db, storage, upload, (transaction, documentId) =>
		deliverCase(transaction, upload.caseId, documentId)
	);
}

/** Rolls the document back with its refused move. */
class NotKept extends Error {}

export type CaseTimelineEntry =
	| { type: 'message'; id: string; authorId: string; authorName: string | null; body: string; createdAt: Date }
	| {
			type: 'event';
			id: string;
			authorId: string | null;
			authorName: string | null;
			status: ServiceCaseStatus;
			note: string | null;
			createdAt: Date;
	  };

/** Messages and status events in the order they happened (the last 500). */
export function listCaseTimeline(db: Executor, caseId: string): Promise<CaseTimelineEntry[]> {
	return db.query<CaseTimelineEntry>(sql`
		select type, id, "authorId", "authorName", body, status, note, "createdAt" from (
			select 'message' as type, 'm' || m.id as id, m.author_id as "authorId", app.public_display_name(m.author_id) as "authorName",
			       m.body, null::public.service_case_status as status, null as note, m.created_at as "createdAt", 1 as rank, m.id as seq
			from public.service_case_messages m where m.case_id = ${caseId}
			union all
			select 'event', 'e' || e.id, e.actor_id, app.public_display_name(e.actor_id), null, e.status, e.note, e.created_at, 0, e.id
			from public.service_case_events e where e.case_id = ${caseId}
			order by "createdAt" desc, rank desc, seq desc limit 500) latest
		order by "createdAt", rank, seq`);
}
