import { hasErrorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql, type SqlFragment } from './db/sql.ts';
import type { InterestInput } from '../schemas/deal.ts';
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
	wantedMode: string;
	fieldOfUse: string;
	territory: string;
	budgetMinCny: number | null;
	budgetMaxCny: number | null;
	timeline: string | null;
	message: string;
	status: 'new' | 'in_review' | 'converted' | 'declined' | 'withdrawn';
	declineReason: string | null;
	declineNote: string | null;
	dealId: string | null;
	createdAt: Date;
}

const columns = sql`i.id, i.listing_id as "listingId", l.title as "listingTitle", o.name_zh as "companyNameZh", o.name_en as "companyNameEn",
	i.created_by as "createdBy", app.public_display_name(i.created_by) as "authorName", i.wanted_mode as "wantedMode", i.field_of_use as "fieldOfUse",
	i.territory, i.budget_min_cny as "budgetMinCny", i.budget_max_cny as "budgetMaxCny", i.timeline, i.message, i.status,
	i.decline_reason as "declineReason", i.decline_note as "declineNote", d.id as "dealId", i.created_at as "createdAt"`;
const from = sql`public.interests i join public.listings l on l.id = i.listing_id
	join public.organizations o on o.id = i.company_id left join public.deals d on d.interest_id = i.id`;

export type ExpressResult =
	{ ok: true; id: string; replayed: boolean } | { ok: false; reason: 'not_allowed' | 'key_reused' };

/**
 * Creates the interest once per idempotency key: a double tap, a resubmitted form or an
 * outbox replay returns the interest the first request created.
 * Invariant: a key acknowledges only what it created. The same key sent for another listing
 * stored nothing, so it is refused (`key_reused`) rather than answered as sent.
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
			                              budget_min_cny, budget_max_cny, timeline, message)
			values (${listingId}, ${user.organizationId}, ${user.id}, ${input.idempotencyKey}, ${input.wantedMode}::public.cooperation_mode,
			        ${input.fieldOfUse}, ${input.territory}, ${input.budgetMin}, ${input.budgetMax},
			        ${input.timeline}::public.interest_timeline, ${input.message})
			on conflict (created_by, idempotency_key) do nothing
			returning id`);
		if (created) return { ok: true, id: created.id, replayed: false };
	} catch (error) {
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

export async function getInterest(db: Executor, id: string): Promise<Interest | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Interest>(sql`select ${columns} from ${from} where i.id = ${id}`);
	return row ?? null;
}

/** Everything the reader may see (their company's, their listings', their institution's), newest first. */
export function listInterests(db: Executor, options: { onlyOpen?: boolean } = {}): Promise<Interest[]> {
	const open = options.onlyOpen ? sql`and i.status in ('new', 'in_review')` : sql``;
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
