import { createHash } from 'node:crypto';
import { errorCode, hasErrorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import { isUuid } from '../rules/uuid.ts';
import type { ObjectionStatus } from '../vocabularies/notice.ts';

// Objections (异议) to a public notice. Anyone may send one while the notice runs; only the
// university's officers read them in full and resolve them (RLS). Whether a notice still takes
// objections, the per-address limit and what an upheld objection does are the database's
// (app.prepare_objection, app.apply_objection).

export interface Objection {
	id: string;
	noticeId: string;
	reference: string;
	name: string;
	contact: string;
	grounds: string;
	fileName: string | null;
	status: ObjectionStatus;
	resolution: string | null;
	resolverName: string | null;
	createdAt: Date;
	resolvedAt: Date | null;
}

const columns = sql`id, notice_id as "noticeId", reference, name, contact, grounds, file_name as "fileName", status,
	resolution, app.public_display_name(resolved_by) as "resolverName", created_at as "createdAt", resolved_at as "resolvedAt"`;

/** The objections to these notices the reader may read in full: none unless an officer of the university. */
export function listObjections(db: Executor, noticeIds: string[]): Promise<Objection[]> {
	if (noticeIds.length === 0) return Promise.resolve([]);
	return db.query<Objection>(sql`select ${columns} from public.notice_objections
		where notice_id = any(${noticeIds}::uuid[]) order by created_at, reference`);
}

/** What the throttle keeps of the sender's address: its SHA-256, never the address itself. */
export function addressHash(address: string): string {
	return createHash('sha256').update(`notice-objection:${address}`).digest('hex');
}

export interface ObjectionInput {
	/** The rendered form's key: a replay of the same form creates nothing (unique in the database). */
	idempotencyKey: string;
	name: string;
	contact: string;
	grounds: string;
}

export type SubmitResult =
	| { ok: true; reference: string; replayed: boolean }
	| {
			ok: false;
			reason: 'closed' | 'too_many' | 'empty' | 'unsupported_type' | 'too_large' | 'refused' | 'key_reused';
			/** With key_reused: the objection the key already made. */
			reference?: string;
	  };

/** What the form's key already made: a replay of the same words, or other words sent with a used key. */
async function sentWithKey(db: Executor, noticeId: string, input: ObjectionInput): Promise<SubmitResult | null> {
	const [row] = await db.query<{ reference: string; same: boolean }>(sql`
		select reference, same from app.objection_by_key(${input.idempotencyKey}, ${noticeId}, ${input.name},
		       ${input.contact}, ${input.grounds})`);
	if (!row) return null;
	return row.same
		? { ok: true, reference: row.reference, replayed: true }
		: { ok: false, reason: 'key_reused', reference: row.reference };
}

/**
 * Records an objection (and its optional file) from anyone. `addressHash` identifies the sender's
 * address for the throttle only. The reference comes back through app.objection_reference: the
 * sender cannot read the row itself.
 */
export async function submitObjection(
	db: Executor,
	storage: Storage,
	noticeId: string,
	input: ObjectionInput,
	addressHash: string,
	file: { fileName: string; bytes: Uint8Array } | null
): Promise<SubmitResult> {
	if (!isUuid(input.idempotencyKey)) return { ok: false, reason: 'refused' };
	// A replay answers with the first objection's reference before anything is stored, also after
	// the notice has closed.
	const earlier = await sentWithKey(db, noticeId, input);
	if (earlier) return earlier;
	const id = crypto.randomUUID();
	const insert = (attached: { key: string; name: string; contentType: string } | null) =>
		db.query(sql`insert into public.notice_objections
			(id, notice_id, idempotency_key, name, contact, grounds, address_hash, file_key, file_name, content_type)
			values (${id}, ${noticeId}, ${input.idempotencyKey}, ${input.name}, ${input.contact}, ${input.grounds},
			        ${addressHash}, ${attached?.key ?? null}, ${attached?.name ?? null}, ${attached?.contentType ?? null})`);
	try {
		if (file) {
			const stored = await storeUpload(storage, `objections/${noticeId}`, file, insert);
			if (!stored.ok) return { ok: false, reason: stored.reason };
		} else await insert(null);
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.noticeClosed || code === postgresErrors.foreignKeyViolation)
			return { ok: false, reason: 'closed' };
		if (code === databaseErrors.objectionsTooMany) return { ok: false, reason: 'too_many' };
		// The same form sent twice at once: the unique key let one in, this one answers as its replay.
		if (code === postgresErrors.uniqueViolation) {
			const first = await sentWithKey(db, noticeId, input);
			if (first) return first;
		}
		throw error;
	}
	const [row] = await db.query<{ reference: string }>(sql`select app.objection_reference(${id}) as reference`);
	return { ok: true, reference: row.reference, replayed: false };
}

export type ResolveResult =
	{ ok: true; dealId: string | null } | { ok: false; reason: 'not_allowed' | 'already_resolved' };

/** An officer's decision: dismissed (the notice runs on) or upheld (withdrawn, deal back to negotiation). */
export async function resolveObjection(
	db: Executor,
	id: string,
	decision: { status: 'dismissed' | 'upheld'; resolution: string }
): Promise<ResolveResult> {
	if (!isUuid(id)) return { ok: false, reason: 'not_allowed' };
	try {
		const rows = await db.query<{ dealId: string }>(sql`
			update public.notice_objections o set status = ${decision.status}::public.objection_status,
			       resolution = ${decision.resolution}
			where o.id = ${id}
			returning (select n.deal_id from public.public_notices n where n.id = o.notice_id) as "dealId"`);
		return rows.length ? { ok: true, dealId: rows[0].dealId } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		if (hasErrorCode(error, databaseErrors.objectionResolved))
			return (await resolvedAsAsked(db, id, decision)) ?? { ok: false, reason: 'already_resolved' };
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.checkViolation))
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

/**
 * A decision sent again (a double tap, a reload) by the officer who made it, with the same outcome
 * and reasons: the objection is resolved as asked, so it answers as a success. Another officer's or
 * another outcome stays refused.
 */
async function resolvedAsAsked(
	db: Executor,
	id: string,
	decision: { status: 'dismissed' | 'upheld'; resolution: string }
): Promise<ResolveResult | null> {
	const [row] = await db.query<{ dealId: string }>(sql`
		select n.deal_id as "dealId" from public.notice_objections o join public.public_notices n on n.id = o.notice_id
		where o.id = ${id} and o.status = ${decision.status}::public.objection_status
		  and o.resolution = btrim(${decision.resolution}) and o.resolved_by = auth.uid()`);
	return row ? { ok: true, dealId: row.dealId } : null;
}

/** The file an objector attached, for the university's officers (RLS reads the row). */
export async function getObjectionFile(
	db: Executor,
	id: string
): Promise<{ storageKey: string; fileName: string; contentType: string } | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<{ storageKey: string; fileName: string; contentType: string }>(sql`
		select file_key as "storageKey", file_name as "fileName", content_type as "contentType"
		from public.notice_objections where id = ${id} and file_key is not null`);
	return row ?? null;
}
