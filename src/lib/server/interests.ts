import { constraintName, hasErrorCode, type Executor } from './db/port.ts';
import { databaseConstraints, databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { InterestInput, InterestMessageInput } from '../schemas/deal.ts';
import { isUuid } from '../schemas/fields.ts';

// Who sees which interest is RLS's job (app.can_read_interest); status moves are checked by
// the interests_guard_update trigger. These functions only phrase the questions.

export interface Interest {
	id: string;
	listingId: string;
	listingTitle: string;
	companyNameZh: string;
	companyNameEn: string;
	createdBy: string;
	authorName: string;
	wantedMode: string | null;
	fieldOfUse: string;
	territory: string;
	/** Fen (分). */
	budgetMinFen: number | null;
	budgetMaxFen: number | null;
	timeline: string | null;
	message: string;
	status: 'new' | 'in_review' | 'converted' | 'declined' | 'withdrawn';
	declineReason: string | null;
	declineNote: string | null;
	dealId: string | null;
	createdAt: Date;
	/** What the company added while the interest was open, oldest first. */
	messages: InterestMessage[];
}

export interface InterestMessage {
	body: string;
	authorName: string;
	createdAt: string;
}

/**
 * The statuses of an open interest, as SQL (`status in ${openStatuses}`): the ones the database's
 * one-open-interest index and the message policy count as open.
 */
export const openStatuses = sql`('new', 'in_review')`;

/** The company's open interest in a listing: what the listing and the form show instead of a new one. */
export interface OpenInterest {
	id: string;
	status: 'new' | 'in_review';
}

const columns = sql`i.id, i.listing_id as "listingId", l.title as "listingTitle", o.name_zh as "companyNameZh", o.name_en as "companyNameEn",
	i.created_by as "createdBy", app.public_display_name(i.created_by) as "authorName", i.wanted_mode as "wantedMode", i.field_of_use as "fieldOfUse",
	i.territory, i.budget_min_fen as "budgetMinFen", i.budget_max_fen as "budgetMaxFen", i.timeline, i.message, i.status,
	i.decline_reason as "declineReason", i.decline_note as "declineNote", d.id as "dealId", i.created_at as "createdAt",
	coalesce((select json_agg(json_build_object('body', im.body, 'authorName', app.public_display_name(im.author_id), 'createdAt', im.created_at) order by im.id)
	          from public.interest_messages im where im.interest_id = i.id), '[]'::json) as messages`;
const from = sql`public.interests i join public.listings l on l.id = i.listing_id
	join public.organizations o on o.id = i.company_id left join public.deals d on d.interest_id = i.id`;

export type ExpressResult =
	| { ok: true; id: string; replayed: boolean }
	| { ok: false; reason: 'not_allowed' | 'key_reused' }
	| { ok: false; reason: 'already_open'; open: OpenInterest | null };

/**
 * Creates the interest once per idempotency key: a double tap, a resubmitted form or an
 * outbox replay returns the interest the first request created.
 * Invariant: a key acknowledges only what it created. The same key sent for another listing
 * stored nothing, so it is refused (`key_reused`) rather than answered as sent.
 * Invariant: a company has one open interest per listing (the database's unique index). A new
 * key while one is open stores nothing and notifies nobody; it is refused (`already_open`) with
 * the open interest, so the page can link to it.
 */
export async function expressInterest(
	db: Executor,
	user: { id: string; organizationId: string | null },
	listingId: string,
	input: InterestInput
): Promise<ExpressResult> {
	try {
		const [created] = await db.query<{ id: string }>(sql`
			insert into public.interests (listing_id, company_id, created_by, idempotency_key, wanted_mode, field_of_use, territory,
			                              budget_min_fen, budget_max_fen, timeline, message)
			values (${listingId}, ${user.organizationId}, ${user.id}, ${input.idempotencyKey}, ${input.wantedMode}::public.cooperation_mode,
			        ${input.fieldOfUse}, ${input.territory}, ${input.budgetMin}, ${input.budgetMax},
			        ${input.timeline}::public.interest_timeline, ${input.message})
			on conflict (created_by, idempotency_key) do nothing
			returning id`);
		if (created) return { ok: true, id: created.id, replayed: false };
	} catch (error) {
		if (
			hasErrorCode(error, postgresErrors.uniqueViolation) &&
			constraintName(error) === databaseConstraints.oneOpenInterest
		) {
			return { ok: false, reason: 'already_open', open: await getOpenInterest(db, user.organizationId, listingId) };
		}
		if (
			hasErrorCode(
				error,
				postgresErrors.insufficientPrivilege,
				postgresErrors.foreignKeyViolation,
				postgresErrors.notNullViolation
			)
		) {
			return { ok: false, reason: 'not_allowed' };
		}
		throw error;
	}
	const [existing] = await db.query<{ id: string; listingId: string }>(sql`
		select id, listing_id as "listingId" from public.interests
		where created_by = ${user.id} and idempotency_key = ${input.idempotencyKey}`);
	if (existing?.listingId !== listingId) return { ok: false, reason: 'key_reused' };
	return { ok: true, id: existing.id, replayed: true };
}

/** The open interest (new or in review) the company has in the listing, whoever of it sent it. */
export async function getOpenInterest(
	db: Executor,
	organizationId: string | null,
	listingId: string
): Promise<OpenInterest | null> {
	if (!organizationId || !isUuid(listingId)) return null;
	const [row] = await db.query<OpenInterest>(sql`
		select id, status from public.interests
		where company_id = ${organizationId} and listing_id = ${listingId} and status in ${openStatuses}`);
	return row ?? null;
}

export type AddMessageResult =
	{ ok: true; replayed: boolean } | { ok: false; reason: 'not_allowed' | 'key_reused' | 'too_many' };

/**
 * Adds a message to the company's open interest in `listingId` once per idempotency key (a
 * resubmitted form or an outbox replay finds the first); the database notifies the officers and
 * researchers once per message. An interest in another listing, or of another company, is
 * refused here (`not_allowed`), before RLS (which only knows the company) would take it; a closed
 * one is refused by RLS. An interest takes a limited number of messages an hour (`too_many`,
 * the interest_messages_limit trigger), so nobody's notifications fill up with one company's.
 */
export async function addInterestMessage(
	db: Executor,
	user: { id: string; organizationId: string | null },
	listingId: string,
	input: InterestMessageInput
): Promise<AddMessageResult> {
	const interestId = input.interest;
	if (!isUuid(interestId) || !isUuid(listingId) || !user.organizationId) return { ok: false, reason: 'not_allowed' };
	const [target] = await db.query(sql`
		select 1 from public.interests
		where id = ${interestId} and listing_id = ${listingId} and company_id = ${user.organizationId}`);
	if (!target) return { ok: false, reason: 'not_allowed' };
	try {
		const [created] = await db.query<{ id: string }>(sql`
			insert into public.interest_messages (interest_id, author_id, idempotency_key, body)
			values (${interestId}, ${user.id}, ${input.idempotencyKey}, ${input.message})
			on conflict (author_id, idempotency_key) do nothing
			returning id`);
		if (created) return { ok: true, replayed: false };
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.foreignKeyViolation))
			return { ok: false, reason: 'not_allowed' };
		if (hasErrorCode(error, databaseErrors.interestMessagesTooMany)) return { ok: false, reason: 'too_many' };
		throw error;
	}
	const [existing] = await db.query<{ interestId: string }>(sql`
		select interest_id as "interestId" from public.interest_messages
		where author_id = ${user.id} and idempotency_key = ${input.idempotencyKey}`);
	if (existing?.interestId !== interestId) return { ok: false, reason: 'key_reused' };
	return { ok: true, replayed: true };
}

export async function getInterest(db: Executor, id: string): Promise<Interest | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Interest>(sql`select ${columns} from ${from} where i.id = ${id}`);
	return row ?? null;
}

/** Everything the reader may see (their company's, their listings', their institution's), newest first. */
export function listInterests(db: Executor, options: { onlyOpen?: boolean } = {}): Promise<Interest[]> {
	const open = options.onlyOpen ? sql`and i.status in ${openStatuses}` : sql``;
	return db.query<Interest>(
		sql`select ${columns} from ${from} where true ${open} order by i.created_at desc limit 200`
	);
}

export type StatusResult = { ok: true } | { ok: false; reason: 'not_allowed' };

async function changeStatus(db: Executor, statement: SqlFragment): Promise<StatusResult> {
	try {
		const rows = await db.query(statement);
		return rows.length ? { ok: true } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		if (hasErrorCode(error, databaseErrors.interestMoveRefused, postgresErrors.insufficientPrivilege))
			return { ok: false, reason: 'not_allowed' };
		throw error;
	}
}

export function startReview(db: Executor, id: string): Promise<StatusResult> {
	return changeStatus(
		db,
		sql`update public.interests set status = 'in_review' where id = ${id} and status = 'new' returning id`
	);
}

export function declineInterest(db: Executor, id: string, reason: string, note: string): Promise<StatusResult> {
	return changeStatus(
		db,
		sql`
		update public.interests set status = 'declined', decline_reason = ${reason}::public.decline_reason, decline_note = ${note || null}
		where id = ${id} returning id`
	);
}

export function withdrawInterest(db: Executor, id: string): Promise<StatusResult> {
	return changeStatus(db, sql`update public.interests set status = 'withdrawn' where id = ${id} returning id`);
}
